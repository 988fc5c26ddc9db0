"""The playground as a person uses it, in real headless Chromium: type a script, Check Syntax,
Run, read the panes."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect


def type_script(page: Page, text: str) -> None:
    """Replace the editor's text by typing, as a person would (auto-indent and bracket closing
    are off for the typed lines by typing them flush, one per line)."""
    page.click(".cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    for i, line in enumerate(text.splitlines()):
        if i:
            page.keyboard.press("Enter")
            page.keyboard.press("Shift+Home")  # drop any auto-indent
            page.keyboard.press("Delete")
        page.keyboard.insert_text(line)


def editor_text(page: Page) -> str:
    return page.evaluate("() => ConvoEditor.getText(editor)")


def test_editor_highlights_groovy(page: Page) -> None:
    type_script(page, 'def greeting = "hi"')
    assert editor_text(page) == 'def greeting = "hi"'
    # the Groovy mode marks `def` as a keyword and the literal as a string
    expect(page.locator(".cm-line span").first).to_have_text("def")
    colours = page.evaluate(
        """() => Array.from(document.querySelectorAll('.cm-line span'),
                            s => [s.textContent, getComputedStyle(s).color])"""
    )
    by_text = dict(colours)
    assert by_text["def"] != by_text['"hi"'], colours


def test_check_syntax_squiggles_the_broken_line(page: Page) -> None:
    type_script(page, 'def a = 1\ndef b = (a + \nprintln "never"')
    page.click("#check")
    expect(page.locator("#status")).to_contain_text("problem")
    squiggle = page.locator(".cm-lintRange-error")
    expect(squiggle).to_have_count(1)
    # the squiggle is on the broken line (2 or the line the parser stopped at, 3), not line 1
    line = page.evaluate(
        """() => { const el = document.querySelector('.cm-lintRange-error');
                   const lines = Array.from(document.querySelectorAll('.cm-line'));
                   return lines.findIndex(l => l.contains(el)) + 1; }"""
    )
    error_text = page.locator("#error").inner_text()
    assert f"line {line}" in error_text
    assert line in (2, 3)
    assert "^" in error_text  # the caret under the column
    expect(page.locator(".cm-gutter-lint .cm-lint-marker-error")).to_have_count(1)


def test_check_syntax_clears_when_fixed(page: Page) -> None:
    type_script(page, "def b = (1 + ")
    page.click("#check")
    expect(page.locator(".cm-lintRange-error")).to_have_count(1)
    type_script(page, "def b = (1 + 2)")
    page.click("#check")
    expect(page.locator("#status")).to_have_text("Syntax OK")
    expect(page.locator(".cm-lintRange-error")).to_have_count(0)
    expect(page.locator("#error")).to_be_hidden()


def test_run_shows_the_metric_output_and_cost(page: Page) -> None:
    page.fill("#conversation", "c-metric")
    type_script(
        page,
        'customMetricService.upsertMetric("interaction_band", "gold")\n'
        'execution.setVariable("turns", 3)\n'
        'println "scored"',
    )
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Ran on c-metric")
    expect(page.locator("#metrics-after")).to_contain_text('"interaction_band": "gold"')
    expect(page.locator("#metrics-before")).to_have_text("{}")
    expect(page.locator("#variables-after")).to_contain_text('"turns": 3')
    expect(page.locator("#stdout")).to_have_text("scored\n")
    expect(page.locator("#cost")).to_contain_text("output bytes")
    # a second run on the same conversation shows the first run's effects as "before"
    page.click("#run")
    expect(page.locator("#metrics-before")).to_contain_text('"interaction_band": "gold"')


def test_ctrl_enter_runs(page: Page) -> None:
    type_script(page, 'println "from the keyboard"')
    page.keyboard.press("Control+Enter")
    expect(page.locator("#stdout")).to_have_text("from the keyboard\n")
    assert editor_text(page) == 'println "from the keyboard"'  # no newline inserted


def test_security_refusal_shows_its_message(page: Page) -> None:
    type_script(page, 'def p = Runtime.getRuntime().exec("ls")')
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Run failed: SecurityViolation")
    error = page.locator("#error")
    expect(error).to_contain_text(
        "SecurityViolation: Groovy scripts are not allowed to call Runtime.getRuntime()"
    )
    expect(error).to_contain_text("line 1, column 17")
    assert error.inner_text().endswith('Runtime.getRuntime().exec("ls")\n' + " " * 16 + "^")
    expect(page.locator(".cm-lintRange-error")).to_have_count(1)
    expect(page.locator("#stdout")).to_have_text("")


def test_script_error_shows_caret_at_its_column(page: Page) -> None:
    type_script(page, "def x = 1\ndef y = missingThing + 1")
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Run failed: MissingPropertyException")
    text = page.locator("#error").inner_text()
    assert "line 2, column 9" in text, text
    assert text.endswith("def y = missingThing + 1\n        ^"), text


def test_run_with_a_selected_library(page: Page, server_url: str) -> None:
    # the library is registered through the API (POST /v1/libraries), then named in the page
    answer = httpx.post(
        server_url + "v1/libraries",
        json={"name": "greetings", "source": 'def greet(name) { "Hello, " + name }'},
    )
    assert answer.status_code == 201, answer.text
    page.fill("#libraries", "greetings")
    type_script(page, 'println greet("Ada")')
    page.click("#run")
    expect(page.locator("#stdout")).to_have_text("Hello, Ada\n")
    page.fill("#libraries", "")
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Run failed: MissingMethodException")


def test_export_link_downloads_the_conversations(page: Page) -> None:
    page.fill("#conversation", "c-export")
    type_script(page, 'execution.setVariable("exported", "yes")')
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Ran on c-export")
    with page.expect_download() as download:
        page.click("#export")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    records = json.loads(text)
    assert "c-export" in [r["conversationId"] for r in records], text

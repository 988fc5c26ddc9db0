"""The playground's lists and its token field, in real headless Chromium: conversations run
earlier and registered libraries are offered in the inputs' suggestions, and against a server
with tokens the page says a 401 plainly and runs once the right token is given."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from conftest import TOKEN
from playwright.sync_api import Page, expect
from test_playground import type_script


def test_earlier_conversations_and_libraries_are_offered(page: Page, server_url: str) -> None:
    page.fill("#conversation", "c-listed")
    type_script(page, 'execution.setVariable("listed", true)')
    page.click("#run")
    expect(page.locator("#status")).to_have_text("Ran on c-listed")
    # the run refreshes the conversation suggestions
    expect(page.locator('#conversations option[value="c-listed"]')).to_have_count(1)
    answer = httpx.post(
        server_url + "v1/libraries",
        json={"name": "listedlib", "source": 'def hi() { "hi" }'},
    )
    assert answer.status_code == 201, answer.text
    page.reload()
    page.wait_for_selector(".cm-content")
    expect(page.locator('#library-names option[value="listedlib"]')).to_have_count(1)
    expect(page.locator('#conversations option[value="c-listed"]')).to_have_count(1)


def test_a_token_server_says_401_then_runs_with_the_token(
    token_page: Page, token_server_url: str
) -> None:
    page = token_page
    page.fill("#conversation", "c-token")
    type_script(page, 'println "with a token"')
    page.click("#run")
    status = page.locator("#status")
    expect(status).to_contain_text("401 Unauthorized")
    expect(status).to_contain_text("Token field")
    expect(status).to_have_class("bad")
    page.click("#check")
    expect(status).to_contain_text("401 Unauthorized")

    page.fill("#token", "wrong-token")
    page.locator("#token").press("Tab")  # the change event
    page.click("#run")
    expect(status).to_contain_text("unknown token")

    page.fill("#token", TOKEN)
    page.locator("#token").press("Tab")
    page.click("#run")
    expect(status).to_have_text("Ran on c-token")
    expect(page.locator("#stdout")).to_have_text("with a token\n")
    expect(page.locator('#conversations option[value="c-token"]')).to_have_count(1)

    # kept for the tab (sessionStorage): a reload still runs with it
    page.reload()
    page.wait_for_selector(".cm-content")
    expect(page.locator("#token")).to_have_value(TOKEN)
    expect(page.locator('#conversations option[value="c-token"]')).to_have_count(1)

    # the export link sends the token too
    with page.expect_download() as download:
        page.click("#export")
    records = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert [r["conversationId"] for r in records] == ["c-token"]
    # and the server did refuse without it
    assert httpx.get(token_server_url + "v1/conversations").status_code == 401

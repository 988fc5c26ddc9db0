"""Completion and hover (convoscript/authoring/catalog.py): what an editor offers at a cursor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from convoscript.authoring.catalog import UNKNOWN_RECEIVER, completions, hover

ROOT = Path(__file__).resolve().parents[2]


def at_end(source: str, **kw) -> list:
    lines = source.split("\n")
    return completions(source, len(lines), len(lines[-1]) + 1, **kw)


def labels(items: list) -> list[str]:
    return [i.label for i in items]


def test_handle_methods_with_signatures_and_docs() -> None:
    items = {i.label: i for i in at_end("customMetricService.")}
    assert set(items) == {"upsertMetric", "deleteMetric", "getMetric", "getAllMetrics"}
    upsert = items["upsertMetric"]
    assert upsert.kind == "method"
    assert upsert.detail == "void upsertMetric(String, String)"
    assert "sets the metric" in upsert.documentation


def test_handle_method_prefix_being_typed() -> None:
    assert "setVariable" in labels(at_end("def x = 1\nexecution.setV"))


def test_string_literal_receiver_offers_string_and_gdk_methods() -> None:
    items = {i.label: i for i in at_end('"abc".')}
    assert items["capitalize"].detail == "CharSequence.capitalize()"  # the GDK method Groovy 2.4 registers (String's is deprecated)
    assert "toUpperCase" in items and "each" in items  # JDK and GDK (via CharSequence/Object)
    assert UNKNOWN_RECEIVER not in items["capitalize"].detail


def test_typed_local_and_new_receivers() -> None:
    assert "clearTime" in labels(at_end("Date d = new Date()\nd."))
    assert "clearTime" in labels(at_end("def d = new Date()\nd."))
    assert "clearTime" in labels(at_end("new Date()."))
    assert "capitalize" in labels(at_end("def f(String s) {\n  s."))


def test_collection_literals_and_numbers() -> None:
    assert "collate" in labels(at_end("[1, 2]."))
    assert "collate" not in labels(at_end("[a: 1]."))
    assert "containsKey" in labels(at_end("[a: 1]."))
    assert "times" in labels(at_end("5."))


def test_class_name_offers_static_members() -> None:
    items = {i.label: i for i in at_end("Math.")}
    assert items["max"].detail.startswith("Math.max(")
    assert items["PI"].kind == "property"


def test_unknown_receiver_is_labelled() -> None:
    items = at_end("foo.")
    assert items and all(UNKNOWN_RECEIVER in i.detail for i in items)
    assert "each" in labels(items)


def test_names_offer_handles_script_library_and_classes() -> None:
    source = "def greet(String who) { who }\nclass Order { int qty }\ntotal = 1\ng"
    items = {
        i.label: i for i in at_end(source, libraries={"lib/util.groovy": "def helper(a) { a }"})
    }
    assert items["customMetricService"].kind == "handle"
    assert items["greet"].detail == "def greet(String who)"
    assert items["Order"].kind == "class"
    assert items["total"].kind == "variable"
    assert items["helper"].kind == "function"
    assert "lib/util.groovy:1:5" in items["helper"].documentation
    assert items["LinkedHashMap"].detail == "java.util.LinkedHashMap"
    assert items["while"].kind == "keyword"


def test_hover_handle_method_and_java_member_and_script_method() -> None:
    item = hover('customMetricService.upsertMetric("a", "b")', 1, 25)
    assert item is not None and item.label == "upsertMetric"
    assert "CustomMetricService.upsertMetric(String, String)" in item.documentation
    item = hover('"x".capitalize()', 1, 8)
    assert item is not None and item.detail == "CharSequence.capitalize()"  # the GDK method Groovy 2.4 registers (String's is deprecated)
    item = hover("def greet(String w) { w }\ngreet('a')", 2, 2)
    assert item is not None and item.detail == "def greet(String w)"
    item = hover("import java.time.LocalDate\nLocalDate.now()", 2, 3)
    assert item is not None and item.detail == "java.time.LocalDate"
    assert hover("   ", 1, 2) is None


def test_handle_docs_snapshot_matches_services_md() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_handle_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_script_class_instances_offer_their_fields_and_methods() -> None:
    source = "class Order {\n  int qty\n  def total() { qty * 2 }\n}\ndef o = new Order()\no."
    items = {i.label: i for i in at_end(source)}
    assert items["qty"].kind == "property" and items["qty"].detail == "int qty"
    assert items["total"].detail == "def total()"
    assert "toString" in items  # and what every Object has
    assert UNKNOWN_RECEIVER not in items["toString"].detail


def test_names_still_offered_while_the_cursor_line_does_not_parse() -> None:
    items = labels(at_end("def greet(String who) { who }\nprintln(gre"))
    assert "greet" in items

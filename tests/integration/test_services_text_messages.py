"""`textService` (exact and rapidfuzz matching) and `messageService` (the outbox)."""

from __future__ import annotations

from rapidfuzz import fuzz
from services_helpers import RUNTIME, error_type, out, run


def test_best_exact_match_is_a_triple() -> None:
    assert out(
        """
        def t = textService.bestExactMatch(['red car', 'blue'] as Set, 'A Red Car and blue sky', false)
        println t.left + ' | ' + t.getMiddle() + ' | ' + t.right
        println textService.bestExactMatch(['red car'] as Set, 'A Red Car', true) == null
    """,
        {},
    ) == ["red car | Red Car | 1.0", "true"]


def test_search_exact_table() -> None:
    assert out(
        """
        def table = textService.searchExact(['red', 'blue', 'green'] as Set, 'red or blue or red', true)
        println table.rowKeySet()
        println table.get('red', 'red') + ' ' + table.contains('green', 'green') + ' ' + table.size()
        println table.row('blue')
        println table.cellSet().collect { it.rowKey + '=' + it.value }
        println table.isEmpty()
    """,
        {},
    ) == ["[red, blue]", "1.0 false 2", "[blue:1.0]", "[red=1.0, blue=1.0]", "false"]


def test_fuzzy_scores_come_from_rapidfuzz() -> None:
    expected = fuzz.ratio("chocolate", "chocolat") / 100
    lines = out(
        """
        def best = textService.bestFuzzyMatch(['chocolate', 'vanilla'] as Set, 'I want chocolat please', 0.8)
        println best.left + ' ' + best.middle
        println best.right
        def table = textService.searchFuzzy(['vanilla'] as Set, 'vanila or vanilla', 0.5d)
        println table.row('vanilla').keySet()
        println textService.bestFuzzyMatch(['strawberry'] as Set, 'I want chocolate', 0.9) == null
    """,
        {},
    )
    assert lines[0] == "chocolate chocolat"
    assert float(lines[1]) == expected
    assert lines[2] == "[vanila, vanilla]"
    assert lines[3] == "true"


def test_text_service_parameters_are_typed_and_non_null() -> None:
    assert (
        error_type("textService.searchExact(['a'] as Set, 'a', 'yes')", {})
        == "MissingMethodException"
    )
    assert (
        error_type("textService.searchFuzzy(['a'] as Set, 5, 0.5)", {}) == "MissingMethodException"
    )
    assert error_type("textService.searchFuzzy(null, 'a', 0.5)", {}) == "IllegalArgumentException"


def test_messages_are_recorded_in_order() -> None:
    result = run(
        """
        messageService.sendIntegrationMessage('{"action":"open"}')
        messageService.sendIntegrationMessage("${'{'}\\"n\\":${1 + 1}}")
        messageService.sendIntegrationMessage(sectionBuilder.create().name('s').build().toJsonString())
    """,
        {},
    )
    assert result.error is None, result.error
    assert result.messages == [
        '{"action":"open"}',
        '{"n":2}',
        '{"name":"s","fields":[],"subSections":[]}',
    ]
    assert result.to_dict()["messages"] == result.messages


def test_messages_are_per_run_and_kept_when_the_script_fails() -> None:
    conversation = RUNTIME.conversation("c-msg", {})
    result = conversation.run(
        "messageService.sendIntegrationMessage('x'); throw new Exception('boom')"
    )
    assert result.error is not None and result.messages == ["x"]
    assert conversation.run("println 1").messages == []


def test_message_payload_must_be_a_non_null_string() -> None:
    assert (
        error_type("messageService.sendIntegrationMessage([a: 1])", {}) == "MissingMethodException"
    )
    assert (
        error_type("messageService.sendIntegrationMessage(null)", {}) == "IllegalArgumentException"
    )


def test_a_list_is_not_a_set_parameter() -> None:
    assert error_type("textService.searchExact(['a'], 'a', true)", {}) == "MissingMethodException"
    assert out("println textService.searchExact([a: 1].keySet(), 'a', true).size()", {}) == ["1"]

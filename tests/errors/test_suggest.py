"""convoscript.runtime.core.suggest, the suggestion API the authoring tools share. Expected
entries are real Groovy 2.4's output for the same calls (tools/oracle.py on the scripts quoted)."""

from convoscript.runtime.core import suggest
from convoscript.runtime.core.suggestions import java_methods
from convoscript.services.metrics import CustomMetricService
from convoscript.services.transient import TransientVariableService


def test_gdk_string_typo():
    # "abc".capitalise()
    candidates = java_methods("java.lang.String")
    assert suggest.possible_solutions("capitalise", candidates) == [
        "capitalize()",
        "uncapitalize()",
    ]


def test_gdk_list_typo_keeps_groovys_duplicates_and_cut_off():
    # [1].sizee()
    candidates = java_methods("java.util.ArrayList")
    assert suggest.possible_solutions("sizee", candidates) == [
        "size()",
        "size()",
        "size()",
        "sleep(long)",
        "set(int, java.lang.Object)",
        "set(int, java.lang.Object)",
    ]


def test_argument_types_take_part_in_the_score():
    # new Date().formatt("y")
    candidates = java_methods("java.util.Date")
    assert suggest.possible_solutions("formatt", candidates, ["java.lang.String"]) == [
        "format(java.lang.String)",
        "format(java.lang.String, java.util.TimeZone)",
        "from(java.time.Instant)",
        "getAt(java.lang.String)",
    ]


def test_service_handle_methods():
    # customMetricService.upsertMetrics("a", "b") / .upsertMetric("a")
    candidates = CustomMetricService.method_candidates()
    assert suggest.possible_solutions("upsertMetrics", candidates, ["String", "String"]) == [
        "upsertMetric(java.lang.String, java.lang.String)"
    ]
    assert suggest.possible_solutions("upsertMetric", candidates, ["java.lang.String"]) == [
        "upsertMetric(java.lang.String, java.lang.String)",
        "getMetric(java.lang.String)",
        "deleteMetric(java.lang.String)",
    ]
    # transientVariableService.getVar("a")
    candidates = TransientVariableService.method_candidates()
    assert suggest.possible_solutions("getVar", candidates, ["String"]) == [
        "getAt(java.lang.String)",
        "getClass()",
        "every()",
        "iterator()",
        "getVariable(java.lang.String)",
    ]


def test_simple_java_lang_names_print_qualified():
    candidates = [("upsertMetric", ("String", "String")), ("names", ("String[]",))]
    assert suggest.possible_solutions("upsertMetrics", candidates, ["String", "String"]) == [
        "upsertMetric(java.lang.String, java.lang.String)"
    ]
    assert suggest.possible_solutions("name", candidates) == ["names([Ljava.lang.String;)"]


def test_unknown_argument_type_matches_no_parameter():
    candidates = [("greet", ("java.lang.String",))]
    # a null argument costs a substitution (10); each extra argument a deletion (10)
    assert suggest.possible_solutions("greet", candidates, ["?"]) == ["greet(java.lang.String)"]
    assert suggest.possible_solutions("greeet", candidates, ["?"] * 5) == []


def test_nothing_close_gives_nothing():
    assert suggest.possible_solutions("zzzzzzzz", [("a", ())]) == []
    assert suggest.format_possible_solutions([]) == ""


def test_format():
    assert suggest.format_possible_solutions(["a()", "b(int)"]) == "Possible solutions: a(), b(int)"


def test_did_you_mean_ranks_by_groovys_property_score():
    known = ["counter", "count", "customMetricService", "x"]
    assert suggest.did_you_mean("countr", known) == ["counter", "count"]
    assert suggest.did_you_mean("myvar", ["myVar"]) == ["myVar"]  # a case change is cheap
    assert suggest.did_you_mean("counter", ["counter"]) == []  # never itself
    assert suggest.did_you_mean("abc", ["xyzuvw"]) == []


def test_did_you_mean_keeps_at_most_six_best_first():
    known = [f"name{i}" for i in range(9)] + ["Name"]  # a case change (5) beats an insertion (10)
    assert suggest.did_you_mean("name", known) == ["Name", *[f"name{i}" for i in range(5)]]

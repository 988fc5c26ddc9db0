"""Snippet test files: the format, the comparisons and the readable diffs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jsonschema import Draft202012Validator

from convoscript.authoring.flowtest import FlowTestError, discover, load_flowtest, run_flowtest
from convoscript.authoring.schema import flowtest_schema
from convoscript.runtime.model.budget import Limits
from convoscript.services.state import CONVERSATION_KEYS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write(tmp_path: Path, text: str, name: str = "t.flowtest.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_every_example_passes() -> None:
    files = discover([EXAMPLES])
    assert len(files) >= 11
    for path in files:
        for case in run_flowtest(path):
            assert case.passed, f"{case.nodeid}\n{case.report()}"


def test_examples_have_state_files() -> None:
    scripts = sorted(EXAMPLES.glob("*.groovy"))
    assert len(scripts) >= 11
    for script in scripts:
        assert script.with_suffix(".state.json").is_file(), script
        assert script.with_name(script.stem + ".flowtest.yaml").is_file(), script


def test_issue_example_format(tmp_path: Path) -> None:
    (tmp_path / "s.groovy").write_text(
        'def trained_perf = transientVariableService.getVariable("trained_performance")\n'
        'customMetricService.upsertMetric("trained_performance", trained_perf.toString())\n'
    )
    path = write(
        tmp_path,
        """
script: s.groovy
cases:
  - name: stores the score as a string metric
    given:
      transient: {trained_performance: 0.92}
    expect:
      metrics: {trained_performance: "0.92"}
  - name: a missing score is stored as "null"
    expect:
      metrics: {trained_performance: "null"}
      error: null
""",
    )
    results = run_flowtest(path)
    assert [r.name for r in results] == [
        "stores the score as a string metric",
        'a missing score is stored as "null"',
    ]
    assert all(r.passed for r in results)
    # YAML decimals arrive as BigDecimal, as JSON state does
    assert load_flowtest(path).cases[0].given["transient"]["trained_performance"] == Decimal("0.92")


def test_broken_expectation_shows_groovy_diff(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  customMetricService.upsertMetric("score", "0.92")
  execution.setVariable("tags", [a: 1, b: [2, 3]])
  println "hello"
  log.info("done")
cases:
  - name: wrong on purpose
    expect:
      metrics: {score: "0.93", gone: null, missing: "x"}
      variables: {tags: {a: 1, b: [2, 4]}}
      stdout: "hullo\\n"
      log: [{level: WARN, message: done}]
""",
    )
    [result] = run_flowtest(path)
    assert not result.passed
    report = result.report()
    assert 'metrics.score\n    expected: "0.93"\n    actual:   "0.92"' in report
    assert 'metrics.missing\n    expected: "x"\n    actual:   (absent)' in report
    assert "metrics.gone" not in report  # null: must be absent, and it is
    assert "expected: [a:1, b:[2, 4]]" in report and "actual:   [a:1, b:[2, 3]]" in report
    assert "-hullo" in report and "+hello" in report
    assert "-WARN: done" in report and "+INFO: done" in report


def test_null_expectation_means_absent(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: customMetricService.upsertMetric("k", "v")
cases:
  - name: present
    expect: {metrics: {k: null}}
""",
    )
    [result] = run_flowtest(path)
    assert 'metrics.k\n    expected: (absent)\n    actual:   "v"' in result.report()


def test_unexpected_error_shows_line_caret_and_hint(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  def x = 1
  def f() {
    return x + 1
  }
  f()
cases:
  - name: no error expected
    expect: {metrics: {}}
""",
    )
    [result] = run_flowtest(path)
    report = result.report()
    assert "expected: no error" in report
    assert ":3:10: MissingPropertyException: No such property: x" in report
    assert "return x + 1" in report and "         ^" in report
    assert "at f(" in report and "at run(" in report
    assert "hint: 'x' is declared at line 1" in report


def test_error_expectation_type_and_message_substring(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  customMetricService.upsertMetric("n", 1)
cases:
  - name: right
    expect: {error: {type: MissingMethodException, message: upsertMetric}}
  - name: wrong type
    expect: {error: {type: NullPointerException}}
  - name: wrong message
    expect: {error: {type: MissingMethodException, message: nope}}
""",
    )
    right, wrong_type, wrong_message = run_flowtest(path)
    assert right.passed
    assert not wrong_type.passed and "expected: NullPointerException" in wrong_type.report()
    assert "upsertMetric takes (String code, String value)" in wrong_type.report()
    assert not wrong_message.passed and 'message containing "nope"' in wrong_message.report()


def test_fail_injects_a_service_fault(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  try {
    customMetricService.upsertMetric("k", "v")
  } catch (IllegalStateException e) {
    execution.setVariable("fallback", true)
  }
cases:
  - name: handled
    given:
      fail: {customMetricService.upsertMetric: IllegalStateException}
    expect:
      metrics: {k: null}
      variables: {fallback: true}
      error: null
""",
    )
    assert run_flowtest(path)[0].passed


def test_stdout_log_and_given_clock(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  println "hi ${execution.getVariable('name')}"
  log.warn("careful")
cases:
  - name: exact
    given:
      variables: {name: Ann}
      now: "2026-01-02T03:04:05Z"
      seed: 7
    expect:
      stdout: "hi Ann\\n"
      log: [{level: WARN, message: careful}]
""",
    )
    assert run_flowtest(path)[0].passed


def test_libraries_are_passed_to_the_engine(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "util.groovy").write_text("String shout(String s) { s.toUpperCase() }\n")
    path = write(
        tmp_path,
        """
source: execution.setVariable("x", shout("hey"))
libraries: [lib/util.groovy]
cases:
  - name: uses the library
    expect: {variables: {x: HEY}}
""",
    )
    assert run_flowtest(path)[0].passed


def test_compile_error_fails_each_case_unless_expected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: |
  def a = 1
  if (a === 1) { }
cases:
  - name: expected
    expect: {error: {type: FlowSyntaxError, message: Groovy 3}}
  - name: not expected
    expect: {}
""",
    )
    expected, unexpected = run_flowtest(path)
    assert expected.passed
    assert not unexpected.passed
    assert "'===' is Groovy 3 syntax" in unexpected.report()
    assert "hint: convoscript runs Groovy 2.4" in unexpected.report()


def test_messages_reported_when_engine_lacks_them(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: "1"
cases:
  - name: messages
    expect: {messages: []}
""",
    )
    [result] = run_flowtest(path)
    if getattr(result.result, "messages", None) is None:
        assert "does not record messages" in result.report()
    else:  # the engine records messages: a script that sends none passes
        assert result.passed, result.report()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("cases: []\nsource: '1'", "t.flowtest.yaml:1:8: cases must be a non-empty list"),
        ("script: nope.groovy\ncases: [{name: a}]", "cannot read script nope.groovy"),
        ("source: '1'\nscript: x.groovy\ncases: [{name: a}]", "exactly one of"),
        (
            "source: '1'\ncases: [{name: a, expect: {metric: {}}}]",
            "t.flowtest.yaml:2:28: unknown key 'metric' in case 1 expect; did you mean 'metrics'?",
        ),
        ("source: [", "not valid YAML"),
    ],
)
def test_bad_files_are_explained(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(FlowTestError, match=".*") as info:
        run_flowtest(write(tmp_path, text))
    assert fragment in str(info.value)


def test_misspelled_keys_at_every_level_fail_with_their_position(tmp_path: Path) -> None:
    # each of these was ignored before, so the case passed without testing anything
    path = write(
        tmp_path,
        """\
source: |
  transientVariableService.setVariable("a", 1)
librarys: []
limits: {max_step: 10}
cases:
  - name: misspelled state key
    given:
      transiant: {a: 2}
    expect:
      transient: {a: 1}
  - name: misspelled case key
    givn: {transient: {a: 2}}
    expect:
      error: {typ: MissingPropertyException}
      log: [{level: INFO, mesage: x}]
  - name: a wrong shape
    given:
      fail: {upsertMetric: IllegalStateException}
      seed: "x"
""",
    )
    with pytest.raises(FlowTestError) as info:
        load_flowtest(path)
    lines = [line.removeprefix(f"{tmp_path}/") for line in str(info.value).splitlines()]
    assert lines == [
        "t.flowtest.yaml:3:1: unknown key 'librarys' in the test file; did you mean "
        "'libraries'? (allowed: cases, libraries, limits, name, script, source)",
        "t.flowtest.yaml:4:10: unknown key 'max_step' in limits; did you mean 'max_steps'? "
        "(allowed: " + ", ".join(sorted(Limits.__dataclass_fields__)) + ")",
        "t.flowtest.yaml:8:7: unknown key 'transiant' in case 1 given; did you mean "
        "'transient'? (allowed: " + ", ".join(sorted(given_keys())) + ")",
        "t.flowtest.yaml:12:5: unknown key 'givn' in case 2; did you mean 'given'? "
        "(allowed: expect, given, limits, name)",
        "t.flowtest.yaml:14:15: unknown key 'typ' in case 2 expect.error; did you mean "
        "'type'? (allowed: message, type)",
        "t.flowtest.yaml:15:27: unknown key 'mesage' in case 2 expect.log[0]; did you mean "
        "'message'? (allowed: level, message)",
        "t.flowtest.yaml:18:13: case 3 given.fail: 'upsertMetric' is not service.method "
        "(e.g. customMetricService.upsertMetric)",
        "t.flowtest.yaml:19:13: case 3 given.seed must be an integer, not a string",
    ]


def given_keys() -> set[str]:
    return set(flowtest_schema()["$defs"]["given"]["properties"])


def test_schema_follows_the_engine() -> None:
    """The schema names every conversation key a state file may hold and every Limits field,
    so a key the engine reads is never refused and one it ignores never accepted."""
    schema = flowtest_schema()
    run_keys = {
        "variables",
        "transient",
        "metrics",
        "conversationId",
        "now",
        "timeZone",
        "seed",
        "fail",
    }
    assert given_keys() == run_keys | set(CONVERSATION_KEYS)
    assert set(schema["$defs"]["limits"]["properties"]) == set(Limits.__dataclass_fields__)
    Draft202012Validator.check_schema(schema)


def test_unquoted_dates_stay_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
source: 'println new Date().format("yyyy-MM-dd HH:mm", TimeZone.getTimeZone("UTC"))'
cases:
  - given: {now: 2026-01-02T03:04:05Z}
    expect: {stdout: "2026-01-02 03:04\\n"}
""",
    )
    [result] = run_flowtest(path)
    assert result.passed, result.report()


def test_docs_describe_every_key_of_the_schema() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text()
    section = docs.split("### The format, checked", 1)[1].split("\n### ", 1)[0]
    schema = flowtest_schema()
    levels = [schema, *schema["$defs"].values()]
    keys = {key for level in levels for key in level.get("properties", {})}
    missing = sorted(key for key in keys if f"`{key}`" not in section)
    assert not missing, f"docs/authoring.md does not describe {missing}"


def test_csv_tables_resolve_against_the_test_file(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "fruit.csv").write_text("code,label\na,Apple\n")
    path = write(tmp_path, """
source: 'println tabularDataService.query("fruit").is("code", "a").first().label'
cases:
  - given: {tables: {fruit: fruit.csv}}
    expect: {stdout: "Apple\\n"}
""")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    [result] = run_flowtest(path)
    assert result.passed, result.report()

"""`convoscript lint`: the migration report on a corpus of realistic Amelia scripts
(tests/authoring/lint_corpus), on the project's examples, in text, JSON and SARIF 2.1.0."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import convoscript
from convoscript.authoring.lint import lint
from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CORPUS = HERE / "lint_corpus"
SARIF_SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"

# (file, line, column, severity, code): every finding on the corpus, checked by hand against
# what running each script does (test_lint_agrees_with_running_the_scripts)
EXPECTED = [
    ("broken_braces.groovy", 5, 1, "error", "syntax-error"),
    ("class_loader.groovy", 2, 25, "error", "refused-member"),
    ("dynamic_rule.groovy", 3, 20, "error", "refused-member"),
    ("dynamic_settings.groovy", 5, 9, "warning", "missing-hooks"),
    ("dynamic_settings.groovy", 11, 25, "info", "meta-answer"),
    ("emoji_message.groovy", 2, 13, "info", "string-code-points"),
    ("env_endpoint.groovy", 2, 23, "error", "refused-member"),
    ("env_endpoint.groovy", 3, 22, "error", "refused-member"),
    ("grab_http.groovy", 2, 1, "error", "refused-annotation"),
    ("grab_http.groovy", 3, 8, "error", "refused-import"),
    ("grab_http.groovy", 5, 14, "error", "missing-constructor"),
    ("legacy_http.groovy", 2, 8, "error", "refused-import"),
    ("legacy_http.groovy", 5, 41, "error", "refused-class"),
    ("legacy_http.groovy", 7, 12, "error", "compile-refused"),
    ("log_placeholders.groovy", 4, 5, "error", "wrong-arity"),
    ("meta_programming.groovy", 2, 8, "error", "refused-member"),
    ("meta_programming.groovy", 4, 20, "error", "refused-member"),
    ("metric_typo.groovy", 3, 21, "error", "unknown-handle-method"),
    ("metric_typo.groovy", 4, 21, "error", "wrong-arity"),
    ("ping_host.groovy", 2, 39, "error", "refused-member"),
    ("read_config_file.groovy", 4, 17, "error", "refused-class"),
    ("wait_for_backend.groovy", 4, 12, "error", "refused-member"),
]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def report():
    return lint([str(CORPUS)])


def test_the_corpus_is_realistic_in_size(report):
    assert report.summary["scripts"] >= 15 and report.summary["libraries"] == 2
    assert sorted(Path(f.path).name for f in report.files if f.role == "library") == [
        "DateUtils.groovy",
        "MetricsHelper.groovy",
    ]


def test_every_finding_on_the_corpus_is_pinned(report):
    found = [
        (Path(f.file).name, f.line, f.column, f.severity, f.code)
        for file in report.files
        for f in file.findings
    ]
    assert found == EXPECTED


def test_the_summary_counts_ready_files_and_findings_by_kind(report):
    s = report.summary
    assert (s["files"], s["scripts"], s["libraries"], s["ready"]) == (23, 21, 2, 11)
    assert s["by_severity"] == {"error": 19, "info": 2, "warning": 1}
    assert s["by_kind"] == {
        "refused": 14,
        "difference": 3,
        "wrong-arity": 2,
        "missing": 1,
        "syntax": 1,
        "unknown-handle-method": 1,
    }
    assert report.exit_code == 1


def test_lint_agrees_with_running_the_scripts(report):
    """A ready script runs without a refusal or a missing member; for the others the first
    error lint reports is where the run fails, with the same message where both have one."""
    runtime = convoscript.Runtime()
    names = []
    for file in report.files:
        if file.role == "library":
            name = Path(file.path).stem
            runtime.register_library(name, report.sources[file.path], filename=file.path)
            names.append(name)
    for file in report.files:
        if file.role != "script" or Path(file.path).name == "grab_http.groovy":
            continue  # grab_http: the parser stops at the import; lint reads on (its own test)
        try:
            compiled = runtime.compile(report.sources[file.path], file.path, libraries=names)
            error = runtime.conversation(file.path).run(compiled).error
        except (convoscript.FlowSyntaxError, convoscript.SecurityViolation) as exc:
            error = exc
        first = next((f for f in file.findings if f.severity == "error"), None)
        if first is None:
            assert error is None, file.path
            continue
        assert error is not None, file.path
        assert (error.line, error.column) == (first.line, first.column), file.path
        if first.kind == "refused":  # `(...)`: an argument whose class the text does not show
            if first.message.endswith("(...)"):
                assert str(error).startswith(first.message.removesuffix("...)")), file.path
            else:
                assert str(error) == first.message, file.path


def test_an_annotated_import_is_judged_by_the_compilers_annotation_rule(report):
    (file,) = [f for f in report.files if f.path.endswith("grab_http.groovy")]
    grab = file.findings[0]
    assert grab.message == (
        "Annotation @Grab is not allowed: annotations that transform code at compile time "
        "are refused"
    )
    assert (grab.end_column - grab.column, "integrationService" in grab.rewrite) == (5, True)


def test_cli_text_report_on_the_corpus():
    result = invoke("lint", str(CORPUS))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    at = lines.index(next(x for x in lines if "metric_typo.groovy:3:21" in x))
    assert lines[at].endswith(
        "error: No signature of method: net.ipsoft.ameliav3.bpn.script.service."
        "CustomMetricService.upsertMetrc(): customMetricService has no method upsertMetrc "
        "[unknown-handle-method]"
    )
    assert lines[at + 1 : at + 4] == [
        '    customMetricService.upsertMetrc("resolved", resolved.toString())',
        "                        ^^^^^^^^^^^",
        "    Possible solutions: upsertMetric(java.lang.String, java.lang.String)",
    ]
    assert "23 files (21 scripts, 2 libraries): 11 ready as they are, 12 with errors" in lines


def test_the_projects_examples_are_ready():
    result = invoke("lint", str(ROOT / "examples"))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "12 files (11 scripts, 1 library): 12 ready as they are, 0 with errors"
    )


def test_usage_errors_exit_2(tmp_path):
    assert invoke("lint", str(tmp_path / "nothing.groovy")).exit_code == 2
    assert invoke("lint", str(tmp_path)).exit_code == 2  # a folder without scripts
    assert invoke("lint", "--format", "xml", str(CORPUS)).exit_code == 2


def test_json_report(tmp_path):
    out = tmp_path / "report.json"
    result = invoke("lint", "--format", "json", "-o", str(out), str(CORPUS / "metric_typo.groovy"))
    assert result.exit_code == 1
    document = json.loads(out.read_text())
    (file,) = document["files"]
    assert (file["role"], file["ready"], document["summary"]["findings"]) == ("script", False, 2)
    assert file["findings"][1] == {
        "file": str(CORPUS / "metric_typo.groovy"),
        "line": 4,
        "column": 21,
        "end_line": 4,
        "end_column": 33,
        "severity": "error",
        "code": "wrong-arity",
        "kind": "wrong-arity",
        "message": "No signature of method: net.ipsoft.ameliav3.bpn.script.service."
        "CustomMetricService.upsertMetric() is applicable for 1 argument: "
        "customMetricService.upsertMetric takes 2",
        "rewrite": None,
        "solutions": [
            "upsertMetric(java.lang.String, java.lang.String)",
            "getMetric(java.lang.String)",
            "deleteMetric(java.lang.String)",
        ],
    }


def test_sarif_report_is_valid_sarif_2_1_0():
    cwd = os.getcwd()
    os.chdir(ROOT)  # relative paths, as CI runs it from the repository's root
    try:
        result = invoke("lint", "--format", "sarif", "tests/authoring/lint_corpus")
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1
    document = json.loads(result.output)
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(document)
    (run,) = document["runs"]
    results = run["results"]
    assert len(results) == len(EXPECTED)
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    typo = next(r for r in results if r["ruleId"] == "unknown-handle-method")
    assert typo["level"] == "error"
    assert typo["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "tests/authoring/lint_corpus/metric_typo.groovy"},
        "region": {"startLine": 3, "startColumn": 21, "endLine": 3, "endColumn": 32},
    }
    assert typo["message"]["text"].endswith(
        "\nPossible solutions: upsertMetric(java.lang.String, java.lang.String)"
    )
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_an_invalid_sarif_document_fails_the_schema():
    """The schema test can fail: a result without a message is not SARIF."""
    schema = json.loads(SARIF_SCHEMA.read_text())
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(broken)


def test_a_library_outside_the_linted_paths_is_given_with_lib(tmp_path):
    lib = tmp_path / "shared" / "Money.groovy"
    lib.parent.mkdir()
    lib.write_text("class Money {\n  int cents\n  String show() { evaluate('x') }\n}\n")
    script = tmp_path / "flows" / "pay.groovy"
    script.parent.mkdir()
    script.write_text("def m = new Money(cents: 5)\nprintln m.show()\n")
    # without the library, `Money` is a class the script cannot have
    alone = lint([str(script.parent)])
    assert [f.code for f in alone.files[0].findings] == ["missing-constructor"]
    report = lint([str(script.parent)], [str(lib)])
    roles = {Path(f.path).name: (f.role, [x.code for x in f.findings]) for f in report.files}
    # the library's own refusal is reported once, on the library
    assert roles == {
        "Money.groovy": ("library", ["refused-member"]),
        "pay.groovy": ("script", []),
    }

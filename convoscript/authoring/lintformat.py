"""The three forms of `convoscript lint`'s report: text for people (compiler-style lines, the
source line with a caret, the rewrite and Groovy's "Possible solutions"), JSON for scripts,
and SARIF 2.1.0 for CI systems and code hosts (one run, one rule per finding code)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path, PurePath
from urllib.parse import quote

from convoscript._version import __version__
from convoscript.authoring.analysis import Finding
from convoscript.authoring.lint import FileReport, Report
from convoscript.runtime.core.suggest import format_possible_solutions

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, fmt: str) -> str:
    """The report as `fmt`: "text", "json" or "sarif"."""
    if fmt == "json":
        return to_json(report)
    if fmt == "sarif":
        return json.dumps(to_sarif(report), indent=2, ensure_ascii=False)
    return to_text(report)


# -- text ----------------------------------------------------------------------------------
def to_text(report: Report) -> str:
    out: list[str] = []
    for file in report.files:
        lines = report.sources.get(file.path, "").splitlines()
        for f in file.findings:
            out.append(f"{f.file}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.code}]")
            if 0 < f.line <= len(lines):
                text = lines[f.line - 1].replace("\t", " ")
                width = max(1, f.end_column - f.column) if f.end_line == f.line else 1
                out.append("    " + text)
                out.append("    " + " " * (f.column - 1) + "^" * width)
            if f.rewrite:
                out.append(f"    rewrite: {f.rewrite}")
            if f.solutions:
                out.append("    " + format_possible_solutions(list(f.solutions)))
    if out:
        out.append("")
    out.extend(summary_lines(report))
    return "\n".join(out)


def summary_lines(report: Report) -> list[str]:
    s = report.summary
    libraries = "1 library" if s["libraries"] == 1 else f"{s['libraries']} libraries"
    files = "1 file" if s["files"] == 1 else f"{s['files']} files"
    scripts = "1 script" if s["scripts"] == 1 else f"{s['scripts']} scripts"
    lines = [
        f"{files} ({scripts}, {libraries}): "
        f"{s['ready']} ready as they are, {s['files'] - s['ready']} with errors",
    ]
    if s["findings"]:
        severities = ", ".join(f"{v} {k}" for k, v in s["by_severity"].items())
        kinds = ", ".join(f"{k} {v}" for k, v in s["by_kind"].items())
        count = "1 finding" if s["findings"] == 1 else f"{s['findings']} findings"
        lines.append(f"{count} ({severities}); by kind: {kinds}")
    not_ready = [f.path for f in report.files if not f.ready]
    if not_ready:
        lines.append("not ready: " + ", ".join(not_ready))
    return lines


# -- JSON ----------------------------------------------------------------------------------
def to_json(report: Report) -> str:
    document = {
        "version": 1,
        "files": [_file_json(f) for f in report.files],
        "summary": report.summary,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _file_json(file: FileReport) -> dict:
    return {
        "file": file.path,
        "role": file.role,
        "ready": file.ready,
        "findings": [_finding_json(f) for f in file.findings],
    }


def _finding_json(f: Finding) -> dict:
    data = asdict(f)
    data["solutions"] = list(f.solutions)
    return data


# -- SARIF 2.1.0 ---------------------------------------------------------------------------
def to_sarif(report: Report) -> dict:
    """A SARIF 2.1.0 log: one run of the tool, a rule per finding code (its first message as
    the description), a result per finding with its region in code points (Python strings)."""
    findings = [f for file in report.files for f in file.findings]
    codes = list(dict.fromkeys(f.code for f in findings))
    rules = [_rule(code, next(f for f in findings if f.code == code)) for code in codes]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "convoscript lint",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": _uri(file.path)}} for file in report.files],
                "results": [_result(f, codes.index(f.code)) for f in findings],
                "properties": {"summary": report.summary},
            }
        ],
    }


def _rule(code: str, example: Finding) -> dict:
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in code.split("-")),
        "shortDescription": {"text": f"{example.kind}: {code.replace('-', ' ')}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[example.severity]},
        "properties": {"kind": example.kind},
    }


def _result(f: Finding, rule_index: int) -> dict:
    text = f.message
    if f.rewrite:
        text += f"\nRewrite: {f.rewrite}"
    if f.solutions:
        text += "\n" + format_possible_solutions(list(f.solutions))
    result: dict = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.file)},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                    },
                }
            }
        ],
    }
    if f.rewrite or f.solutions:
        result["properties"] = {"rewrite": f.rewrite, "solutions": list(f.solutions)}
    return result


def _uri(path: str) -> str:
    """A relative path as a relative URI reference (forward slashes, percent-encoded)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return quote(pure.as_posix())

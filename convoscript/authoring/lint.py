"""`convoscript lint PATH...`: the migration report for a corpus of Amelia scripts and script
libraries. Every file is analysed statically (analysis.py), with the corpus's libraries
visible to it; the report says, per file, what will not run here and how to write it, and how
many files are ready as they are. Nothing is run.

Libraries are the files given with `--lib` and the files of the corpus that only define
methods and classes (Amelia's "Script Library" shape: no statement at the top level).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from convoscript.authoring.analysis import Finding, analyze
from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n
from convoscript.grammar.parser import parse

SUFFIX = ".groovy"


class LintUsageError(Exception):
    """A path that does not exist or holds no script (exit code 2)."""


@dataclass(frozen=True)
class FileReport:
    """One file's findings. `role`: "script" or "library"."""

    path: str
    role: str
    findings: tuple[Finding, ...]

    @property
    def ready(self) -> bool:
        """Runs here as it is: no finding of severity error (warnings and infos say where it
        may behave differently)."""
        return not any(f.severity == "error" for f in self.findings)


@dataclass(frozen=True)
class Report:
    """The findings of every file, the summary's counts and the files' texts (for quoting)."""

    files: tuple[FileReport, ...]
    summary: dict = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def exit_code(self) -> int:
        """0 when every file is ready, 1 when any has an error finding."""
        return 0 if all(f.ready for f in self.files) else 1


def collect(paths: Iterable[str]) -> list[Path]:
    """The .groovy files of `paths` (files as given, folders searched recursively), sorted
    within each folder, each once."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*" + SUFFIX) if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise LintUsageError(f"{raw}: no such file or folder")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise LintUsageError("no .groovy files in " + ", ".join(paths))
    return unique


def is_library(source: str) -> bool:
    """Only imports, methods and classes at the top level: Amelia's script library shape."""
    try:
        module = parse(source, "library" + SUFFIX)
    except FlowSyntaxError:
        return False
    kinds = (n.Import, n.MethodDef, n.ClassDef)
    return bool(module.body) and all(isinstance(stmt, kinds) for stmt in module.body)


def lint(paths: Iterable[str], libs: Iterable[str] = ()) -> Report:
    """Analyse every file of `paths` (and the `libs`, which are libraries whatever their
    shape), each script with all the corpus's libraries."""
    files = collect(paths)
    extra = collect(libs) if libs else []
    texts = {str(p): _read(p) for p in [*extra, *files]}
    library_paths = list(
        dict.fromkeys(
            [str(p) for p in extra] + [str(p) for p in files if is_library(texts[str(p)])]
        )
    )
    reports = []
    for path, text in texts.items():
        role = "library" if path in library_paths else "script"
        others = {p: texts[p] for p in library_paths if p != path}
        reports.append(FileReport(path, role, tuple(analyze(text, path, others))))
    return Report(tuple(reports), summarize(reports), texts)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LintUsageError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise LintUsageError(f"{path}: {exc.strerror}") from None


def summarize(reports: list[FileReport]) -> dict:
    """Counts for the summary: files, scripts, libraries, ready; findings by severity, by kind
    and by code."""
    findings = [f for r in reports for f in r.findings]
    return {
        "files": len(reports),
        "scripts": sum(1 for r in reports if r.role == "script"),
        "libraries": sum(1 for r in reports if r.role == "library"),
        "ready": sum(1 for r in reports if r.ready),
        "findings": len(findings),
        "by_severity": _counts(f.severity for f in findings),
        "by_kind": _counts(f.kind for f in findings),
        "by_code": _counts(f.code for f in findings),
    }


def _counts(values: Iterable[str]) -> dict[str, int]:
    """Most frequent first, ties by name (the same report every time)."""
    return dict(sorted(Counter(values).items(), key=lambda item: (-item[1], item[0])))

"""Static analysis of one script: every construct that will not run here, as `Finding`s, without
running anything. The shared entry point of `convoscript lint`, the language server and the
REPL (issue 15).

Three sources, each the project's own rules rather than a second copy of them:
1. the parser: a syntax error is one finding (nothing after it can be read);
2. the compiler's resolver, in its recovering mode: every compile-time refusal of the file
   (refused imports, annotations, `evaluate`, ...), each at its statement;
3. the allow-list tables and the service registry (`lintrules.py`): classes, constructors,
   static members and denied members named in the source, handle methods and their arities,
   and the deliberate differences docs/dialect.md lists.

Only what is certain from the text is reported: a method called on a value whose type is not
known statically is not checked (it may be anything at run time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from convoscript.authoring.lintrules import Rule, check_tree
from convoscript.authoring.rewrites import rewrite_for
from convoscript.compiler import compile_uncached
from convoscript.compiler.libraries import Joined, Library, join
from convoscript.compiler.resolve import resolve
from convoscript.errors import (
    CompileLimitExceeded,
    ConvoscriptError,
    FlowSyntaxError,
    SecurityViolation,
)
from convoscript.grammar import budget as compile_budget
from convoscript.grammar.budget import DEFAULT_LIMITS, CompileBudget
from convoscript.grammar.parser import parse, prepare

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One construct that will not run here (or runs differently). Lines and columns are
    1-based; `end_*` is just past the construct's first token. `message` is in Groovy terms;
    `rewrite` the portable way to write it, when there is one; `solutions` Groovy's "Possible
    solutions" entries for an unknown or mis-called method."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: str  # "error" | "warning" | "info"
    code: str  # stable id, e.g. "unknown-handle-method"
    kind: str  # "syntax" | "refused" | "missing" | "difference" | "unknown-handle-method" | ...
    message: str
    rewrite: str | None = None
    solutions: tuple[str, ...] = ()


def analyze(
    source: str, filename: str, libraries: Mapping[str, str] | None = None
) -> list[Finding]:
    """The findings of `source` (named `filename`), in source order. `libraries` maps each
    script library's file name to its text: their functions and classes are visible to the
    script, as when it runs with them; findings inside a library belong to the library's own
    analysis and are not repeated here. Never raises on bad input: a syntax error, a compile
    limit or a refusal is a Finding."""
    libs = _parsable_libraries(libraries or {})
    found = _syntax(source, filename)
    if found is not None:
        annotated = _annotated_imports(source, filename, found)
        if annotated is None:
            return [found]
        blanked, refusals = annotated
        return sorted({*refusals, *analyze(blanked, filename, libraries)}, key=_order)
    if libs:
        joined = join(list(libs), source, filename)
        text = joined.source
    else:
        joined, text = None, source
    findings: list[Finding] = []
    recovered: list[ConvoscriptError] = []
    budget = CompileBudget(DEFAULT_LIMITS, filename, text)
    opened = compile_budget.begin(budget)
    try:
        module = parse(text, filename)
        resolution = resolve(module, recovered)
        offset = _script_offset(joined)
        for rule in check_tree(resolution, _lines_of(joined, text)):
            findings.append(_from_rule(rule, filename, offset, source))
    except FlowSyntaxError as exc:  # a limit reached while resolving
        recovered.append(exc)
    except RecursionError:
        recovered.append(
            FlowSyntaxError.at(filename, source, 1, 1, "Script nested too deeply to compile")
        )
    finally:
        compile_budget.end(opened)
    for error in recovered:
        finding = _from_error(error, filename, joined, source)
        if finding is not None:
            findings.append(finding)
    if not recovered:
        findings.extend(_compile_check(source, filename, tuple(libs)))
    return sorted(set(findings), key=_order)


def _order(f: Finding) -> tuple:
    return (f.line, f.column, SEVERITIES.index(f.severity), f.code, f.message)


def _parsable_libraries(libraries: Mapping[str, str]) -> list[Library]:
    """The libraries as the compiler takes them, named after their files; one that does not
    parse is left out (its own analysis reports it), so the script is still analysed."""
    out = []
    for path, text in libraries.items():
        if _syntax(text, path) is None:
            out.append(Library(Path(path).stem, text, path))
    return out


def _syntax(source: str, filename: str) -> Finding | None:
    prepare()
    try:
        parse(source, filename)
    except FlowSyntaxError as exc:
        return _from_error(exc, filename, None, source)
    except RecursionError:
        return _finding(
            filename, source, 1, 1, "syntax", "syntax-error", "Script nested too deeply"
        )
    return None


def _annotated_imports(
    source: str, filename: str, error: Finding
) -> tuple[str, list[Finding]] | None:
    """`@Grab(...)` above an `import` (the dialect has no annotations on imports, so the parser
    stops at the import): each such annotation is judged by the compiler's own annotation rule
    (on a probe declaration) and blanked, so the rest of the file is analysed too. None when
    the syntax error is not at an annotated import."""
    lines = source.split("\n")
    annotations = _import_annotations(lines)
    if not any(error.line == imp for imp, _ in annotations):
        return None
    findings: list[Finding] = []
    for _, annotation_lines in annotations:
        text = "\n".join(lines[i - 1] for i in annotation_lines)
        first = annotation_lines[0]
        indent = len(lines[first - 1]) - len(lines[first - 1].lstrip())
        recovered: list[ConvoscriptError] = []
        try:
            resolve(parse(text.strip() + "\ndef lintProbe = null\n", filename), recovered)
        except FlowSyntaxError:
            return None  # not an annotation the parser reads: keep the syntax error
        for exc in recovered:
            if isinstance(exc, SecurityViolation):
                findings.append(
                    _finding(
                        filename,
                        source,
                        first,
                        indent + 1,
                        "refused",
                        "refused-annotation",
                        exc.message,
                        rewrite=rewrite_for(exc.signature or ""),
                        width=len(exc.signature or "@"),
                    )
                )
        for i in annotation_lines:
            lines[i - 1] = " " * len(lines[i - 1])
    return "\n".join(lines), findings


def _import_annotations(lines: list[str]) -> list[tuple[int, list[int]]]:
    """(the import's line, the annotation lines above it) for each annotated import."""
    found = []
    for number, text in enumerate(lines, 1):
        if not text.lstrip().startswith("import "):
            continue
        above: list[int] = []
        k = number - 1
        while k >= 1 and (
            lines[k - 1].lstrip().startswith("@") or above and not lines[k - 1].strip()
        ):
            if lines[k - 1].strip():
                above.insert(0, k)
            k -= 1
        if above:
            found.append((number, above))
    return found


def _compile_check(source: str, filename: str, libs: tuple[Library, ...]) -> list[Finding]:
    """What only the later compile stages refuse (code generation and the policy compiler,
    e.g. blocks nested deeper than Python allows): the compiler itself, on the whole file."""
    try:
        compile_uncached(source, filename, libraries=libs)
    except (FlowSyntaxError, SecurityViolation) as exc:
        if exc.file in (None, filename):
            found = _from_error(exc, filename, None, source)
            return [] if found is None else [found]
    return []


def _script_offset(joined: Joined | None) -> int:
    """Lines before the script in the joined text (its libraries come first)."""
    return 0 if joined is None else joined.segments[-1].start - 1


def _lines_of(joined: Joined | None, text: str) -> range:
    """The joined text's lines that are the script's own."""
    if joined is None:
        return range(1, text.count("\n") + 2)
    last = joined.segments[-1]
    return range(last.start, last.start + last.count)


def _from_rule(rule: Rule, filename: str, offset: int, source: str) -> Finding:
    line = rule.line - offset
    return _finding(
        filename,
        source,
        line,
        rule.column,
        rule.kind,
        rule.code,
        rule.message,
        rule.severity,
        rule.rewrite,
        rule.solutions,
        rule.width,
    )


def _from_error(
    exc: ConvoscriptError, filename: str, joined: Joined | None, source: str
) -> Finding | None:
    """A parser or compiler error as a Finding, or None when it is inside a library."""
    line = exc.line or 1
    if joined is not None and exc.file in (None, filename):
        where, line_in = joined.locate(line)
        if where != filename or line_in is None:
            return None
        line = line_in
    elif exc.file not in (None, filename):
        return None
    column = exc.column or 1
    if isinstance(exc, SecurityViolation):
        code, rewrite = _refusal(exc)
        signature = exc.signature or ""
        width = len(signature) - len("import ") if code == "refused-import" else 0
        return _finding(
            filename,
            source,
            line,
            column,
            "refused",
            code,
            exc.message,
            rewrite=rewrite,
            width=width,
        )
    if isinstance(exc, CompileLimitExceeded):
        return _finding(filename, source, line, column, "limit", "compile-limit", exc.message)
    assert isinstance(exc, FlowSyntaxError)
    return _finding(filename, source, line, column, "syntax", "syntax-error", exc.message)


def _refusal(exc: SecurityViolation) -> tuple[str, str | None]:
    """The finding code and rewrite for a compile-time refusal, by its signature."""
    signature = exc.signature or ""
    if signature.startswith("import "):
        return "refused-import", rewrite_for(signature.removeprefix("import "))
    if signature.startswith("@"):
        return "refused-annotation", rewrite_for(signature)
    return "compile-refused", rewrite_for(signature)


def _finding(
    filename: str,
    source: str,
    line: int,
    column: int,
    kind: str,
    code: str,
    message: str,
    severity: str = "error",
    rewrite: str | None = None,
    solutions: tuple[str, ...] = (),
    width: int = 0,
) -> Finding:
    lines = source.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if width <= 0:
        width = _token_width(text, column)
    return Finding(
        filename,
        line,
        column,
        line,
        column + width,
        severity,
        code,
        kind,
        _first_line(message),
        rewrite,
        tuple(solutions),
    )


def _first_line(message: str) -> str:
    """A parser message without the quoted source line and caret (the report shows its own)."""
    head = message.split("\n", 1)[0]
    return head


def _token_width(text: str, column: int) -> int:
    """Characters of the identifier (or the one character) starting at `column`."""
    i = column - 1
    if not 0 <= i < len(text):
        return 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "_$"):
        j += 1
    return max(j - i, 1)

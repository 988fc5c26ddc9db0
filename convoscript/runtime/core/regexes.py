"""Java regular expressions run with the `regex` package: translated, cached, under a timeout.

Scripts write `java.util.regex` patterns. `compile_java` translates the few constructs whose
meaning differs in the `regex` package (POSIX `\\p{Alpha}` classes are ASCII in Java, `\\z`,
`\\Z`, `\\h`, `\\v`, `\\R`, `\\Q...\\E`, `\\k<name>`, `.` excluding every line terminator,
inline flags) and compiles with VERSION1 (scoped inline flags, nested classes and `&&` as in
Java). Not with the package's ASCII flag: it would make `\\p{L}`, `\\p{Lu}` and `\\p{IsLatin}`
ASCII-only too, where Java's are Unicode. Instead `\\w`, `\\d` and `\\s` are spelled out as
Java's ASCII sets (unless `(?U)`), and under `(?i)` without `(?u)` a non-ASCII letter outside a
class matches only itself (Java folds only ASCII case then). `\\b` is Unicode, as in JDK 17.

Before a pattern compiles it is sized (regexsize.py: length, expanded counted repeats, nesting;
too large ends the run with LimitExceeded), charged steps by that size, and the clock is read
after compiling. Compiled patterns are kept in the Runtime's bounded cache (regexcache.py).
Translation is one linear pass: every look-ahead is a match at an index, never a slice or an
unbounded search from each position.

Every match runs with a timeout (`REGEX_TIMEOUT`, and never past the run's deadline) measured
on the wall clock (regextime.py); running out raises `BudgetExceeded("time", ...)`, which
scripts cannot catch. Replacement strings follow
`Matcher.appendReplacement` (`$1`, `${name}`, `\\$`).

Known differences: strings are sequences of code points, not UTF-16 units; Java's
`PatternSyntaxException` messages are approximated; under `(?i)` alone a non-ASCII range or
letter inside `[...]` folds case (Java's does not), and so do the Kelvin sign and long s
against `k` and `s`.
"""

from __future__ import annotations

import time

import regex

from convoscript.runtime.core import regexsize
from convoscript.runtime.core.regexcache import RegexCache
from convoscript.runtime.core.regextime import run_timed, run_until
from convoscript.runtime.model import budget, runcontext
from convoscript.runtime.model.exceptions import BudgetExceeded, GroovyThrowable

REGEX_TIMEOUT = 1.0  # seconds for one regex operation
# patterns up to this expanded size compile in line (well under a millisecond); larger ones in
# a worker thread, so that the run can stop waiting at its deadline
INLINE_COMPILE = 2_000

_FLAGS = regex.VERSION1

_POSIX = {
    "Lower": "a-z",
    "Upper": "A-Z",
    "ASCII": "\\x00-\\x7F",
    "Alpha": "a-zA-Z",
    "Digit": "0-9",
    "Alnum": "a-zA-Z0-9",
    "Punct": "!-/:-@\\[-`{-~",
    "Graph": "!-~",
    "Print": " -~",
    "Blank": " \\t",
    "Cntrl": "\\x00-\\x1F\\x7F",
    "XDigit": "0-9a-fA-F",
    "Space": " \\t\\n\\x0B\\f\\r",
    "javaLowerCase": "\\p{Lowercase}",
    "javaUpperCase": "\\p{Uppercase}",
    "javaWhitespace": "\\t-\\r\\x1C-\\x1F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029"
    "\\u205F\\u3000",
    "javaLetter": "\\p{L}",
    "javaDigit": "\\p{Nd}",
    "javaLetterOrDigit": "\\p{L}\\p{Nd}",
    "javaAlphabetic": "\\p{Alphabetic}",
}
_LINE_TERMINATORS = "\\n\\r\\u0085\\u2028\\u2029"
_SIMPLE_ESCAPES = {
    "z": "\\Z",
    "Z": "(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?\\Z)",
    "h": "[ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]",
    "H": "[^ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]",
    "v": "[\\n\\x0B\\f\\r\\x85\\u2028\\u2029]",
    "V": "[^\\n\\x0B\\f\\r\\x85\\u2028\\u2029]",
    "R": "(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])",
    "e": "\\x1B",
}
# Java's ASCII-only predefined classes: the bare set, spelled for use inside and outside `[...]`
_ASCII_CLASSES = {"d": "0-9", "w": "a-zA-Z_0-9", "s": " \\t\\n\\x0B\\f\\r"}
# Java inline flag letters -> regex's (d: UNIX_LINES and u: UNICODE_CASE have no equivalent)
_INLINE_FLAGS = {"i": "i", "m": "m", "s": "s", "x": "x", "U": "u", "d": "", "u": ""}


def _java_text(value: str | None) -> str:
    return "null" if value is None else value


def pattern_syntax_error(
    description: str | None, index: int, pattern: str | None
) -> GroovyThrowable:
    """Java's PatternSyntaxException: its message as Java 17's getMessage() prints it (no
    "near index" for an index below 0, no caret past the pattern's end), and what it carries
    (`e.description`, `e.index`, `e.pattern`)."""
    near = f" near index {index}" if index >= 0 else ""
    message = f"{_java_text(description)}{near}\n{_java_text(pattern)}"
    if pattern is not None and 0 <= index < len(pattern):
        message += "\n" + " " * index + "^"
    details = {"description": description, "index": index, "pattern": pattern}
    return GroovyThrowable("PatternSyntaxException", message, details=details)


# ---- translation -----------------------------------------------------------------------------
def translate(pattern: str) -> str:
    """Java regex syntax -> `regex` package syntax (VERSION1)."""
    out: list[str] = []
    i, n, depth = 0, len(pattern), 0
    flags = _inline_flags(pattern) if "(?" in pattern else ""
    dotall = "s" in flags
    ascii_classes = "U" not in flags
    ascii_fold = "i" in flags and "u" not in flags
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            text, i = _escape(pattern, i + 1, depth > 0, ascii_classes)
            out.append(text)
            continue
        if ascii_fold and not depth and c.lower() != c.upper() and not c.isascii():
            out.append(f"(?-i:{c})")  # Java's CASE_INSENSITIVE alone folds ASCII only
            i += 1
            continue
        if c == "[":
            depth += 1
            if pattern.startswith("[^]", i) or pattern.startswith("[]", i):
                close = 3 if pattern[i + 1] == "^" else 2
                out.append(pattern[i : i + close - 1] + "\\]")
                i += close
                continue
        elif c == "]" and depth:
            depth -= 1
        elif c == "." and not depth and not dotall:
            out.append(f"[^{_LINE_TERMINATORS}]")
            i += 1
            continue
        elif c == "(" and not depth and pattern.startswith("(?", i):
            text, i = _group_open(pattern, i)
            out.append(text)
            continue
        elif c == "{" and not depth:
            _check_counted_closure(pattern, i)
        out.append(c)
        i += 1
    return "".join(out)


def _check_counted_closure(pattern: str, i: int) -> None:
    """Java rejects `x{2` and `x{2,5x` (the regex engine would take them literally)."""
    m = _COUNTED.match(pattern, i)
    if m is not None and (m.end() >= len(pattern) or pattern[m.end()] != "}"):
        raise pattern_syntax_error("Unclosed counted closure", m.end(), pattern)


_COUNTED = regex.compile(r"\{[0-9]+(?:,[0-9]*)?")


def _inline_flags(pattern: str) -> str:
    """Every flag letter some inline group turns on (`(?is)`, `(?i:...)`)."""
    return "".join(
        m.group(1) for m in regex.finditer(r"\(\?([a-zA-Z]*)(?:-[a-zA-Z]*)?[:)]", pattern)
    )


_GROUP_FLAGS = regex.compile(r"\(\?([idmsuxU]*)(?:-([idmsuxU]*))?([:)])")
# what follows `\p`, `\k`, `\x`, `\0`: matched at an index, bounded (linear translation)
_FAMILY = regex.compile(r"\{([^}]{0,64})\}")
_GROUP_NAME = regex.compile(r"<([a-zA-Z][a-zA-Z0-9]*)>")
_HEX = regex.compile(r"\{([0-9a-fA-F]{1,8})\}")
_OCTAL = regex.compile(r"[0-3][0-7]{2}|[0-7]{1,2}")


def _group_open(pattern: str, i: int) -> tuple[str, int]:
    m = _GROUP_FLAGS.match(pattern, i)
    if m is None:
        return "(?", i + 2
    on = "".join(_INLINE_FLAGS[f] for f in m.group(1))
    off = "".join(_INLINE_FLAGS[f] for f in (m.group(2) or ""))
    end = m.group(3)
    if not on and not off:
        text = "(?:" if end == ":" else ""
    else:
        text = "(?" + on + ("-" + off if off else "") + end
    return text, m.end()


def _escape(pattern: str, j: int, in_class: bool, ascii_classes: bool = True) -> tuple[str, int]:
    """Translate the escape whose letter is at `j`; returns (text, next index)."""
    c = pattern[j]
    if ascii_classes and c.lower() in _ASCII_CLASSES:
        chars = _ASCII_CLASSES[c.lower()]
        if c.islower():
            return (chars if in_class else f"[{chars}]"), j + 1
        return f"[^{chars}]", j + 1  # a nested set inside a class (VERSION1)
    if c == "Q":
        end = pattern.find("\\E", j + 1)
        literal = pattern[j + 1 :] if end < 0 else pattern[j + 1 : end]
        return regex.escape(literal), (len(pattern) if end < 0 else end + 2)
    if c in "pP":
        m = _FAMILY.match(pattern, j + 1)
        if m is not None:
            name = m.group(1)
            name = name[2:] if name.startswith("Is") and name[2:] in _POSIX else name
            if name in _POSIX:
                neg = "^" if c == "P" else ""
                return f"[{neg}{_POSIX[name]}]", m.end()
    if c == "k":
        m = _GROUP_NAME.match(pattern, j + 1)
        if m is not None:
            return f"\\g<{m.group(1)}>", m.end()
    if c == "x":
        m = _HEX.match(pattern, j + 1)
        if m is not None:
            return f"\\U{int(m.group(1), 16):08x}", m.end()
    if c == "0":  # Java's octal escape: \\0n, \\0nn, \\0mnn (m <= 3)
        m = _OCTAL.match(pattern, j + 1)
        if m is None:
            raise pattern_syntax_error("Illegal octal escape sequence", j + 1, pattern)
        return f"\\U{int(m.group(), 8):08x}", m.end()
    if c == "c" and j + 1 < len(pattern):  # control character: \\cM is \\r
        return f"\\U{ord(pattern[j + 1]) ^ 64:08x}", j + 2
    if c in _SIMPLE_ESCAPES and not (in_class and c in "zZR"):
        return _SIMPLE_ESCAPES[c], j + 1
    return "\\" + c, j + 1


# ---- compiling -------------------------------------------------------------------------------
_JAVA_MESSAGES = {
    "missing )": "Unclosed group",
    "unterminated character set": "Unclosed character class",
    "nothing to repeat": "Dangling meta character",
    "multiple repeat": "Dangling meta character",
    "unbalanced parenthesis": "Unmatched closing ')'",
    "bad escape (end of pattern)": "Unexpected internal error",
}


def _syntax_error(pattern: str, exc: Exception) -> GroovyThrowable:
    raw = getattr(exc, "msg", None) or str(exc)
    desc = next((java for key, java in _JAVA_MESSAGES.items() if raw.startswith(key)), raw)
    pos = getattr(exc, "pos", None)
    index = len(pattern) if pos is None else min(pos, len(pattern))
    if desc == "Unclosed character class":
        index = len(pattern) - 1  # Java points at the last character
    elif desc == "Unmatched closing ')'":
        index -= 1  # Java points one before the parenthesis
    elif desc == "Dangling meta character" and index < len(pattern):
        desc += f" '{pattern[index]}'"
    return pattern_syntax_error(desc, index, pattern)


def compile_java(pattern: str) -> regex.Pattern:
    """A compiled Java regex (from the Runtime's cache); a bad pattern is Java's
    PatternSyntaxException; one too large to compile ends the run (LimitExceeded)."""
    cache = _cache()
    b = budget.current()
    hit = cache.get(pattern)
    if hit is not None:
        b.tick(hit[1])  # as much as compiling it: a run's cost is its own, cached or not
        return hit[0]
    try:
        weight = regexsize.check_size(pattern)
    except regexsize.PatternSyntax as exc:
        raise pattern_syntax_error(exc.description, exc.index, pattern) from None
    # the parser takes microseconds per expanded character and cannot be interrupted: its
    # work is charged before it starts, a large pattern compiles in a worker thread the run
    # waits for only until its deadline, and the clock is read when it ends (error or not)
    steps = 1 + weight
    b.tick(steps)
    source = translate(pattern)
    try:
        if weight <= INLINE_COMPILE:
            compiled = regex.compile(source, _FLAGS, cache_pattern=False)
        else:
            timeout = _timeout()
            try:
                compiled = run_until(
                    lambda: regex.compile(source, _FLAGS, cache_pattern=False), timeout
                )
            except TimeoutError:
                raise _timed_out(timeout) from None
    except (regex.error, ValueError, OverflowError) as exc:
        raise _syntax_error(pattern, exc) from None
    finally:
        b.check_clock()
    cache.put(pattern, compiled, steps)
    return compiled


def _cache() -> RegexCache:
    """The Runtime's cache, through the run's context (a run without one makes its own)."""
    ctx = runcontext.current()
    cache = ctx.regex_cache
    if not isinstance(cache, RegexCache):
        cache = ctx.regex_cache = RegexCache()
    return cache


# ---- running under a timeout -----------------------------------------------------------------
def _timeout() -> float:
    b = budget.current()
    remaining = b.deadline - time.perf_counter()
    if remaining <= 0:
        b.check_clock()
    return max(0.001, min(REGEX_TIMEOUT, remaining))


def _timed_out(seconds: float) -> BudgetExceeded:
    b = budget.current()
    if time.perf_counter() >= b.deadline:
        b.check_clock()  # the run's own deadline passed: report it as the run's time limit
    exc = BudgetExceeded(
        "time",
        seconds,
        f"Regex time limit exceeded: a regular expression ran longer than {seconds:g} s",
    )
    b.stop(exc)
    return exc


def run_regex(operation: str, pattern: str, text: str, *args: object) -> object:
    """Run `Pattern.<operation>(text, *args)` (fullmatch/search/match) under the timeout."""
    return run_compiled(compile_java(pattern), operation, text, *args)


def run_compiled(compiled: regex.Pattern, operation: str, text: str, *args: object) -> object:
    """`run_regex` for a pattern compiled elsewhere (e.g. a SQL LIKE translated by a service).

    Steps: a search from an index (Matcher.find) is charged for the text it scanned, so a find
    loop costs in proportion to the text; an anchored match for the whole text, up front."""
    b = budget.current()
    start = args[0] if operation == "search" and args and isinstance(args[0], int) else None
    b.tick(1 if start is not None else 1 + len(text) // 256)
    timeout = _timeout()
    method = getattr(compiled, operation)
    try:
        found = run_timed(
            lambda cpu, concurrent: method(text, *args, timeout=cpu, concurrent=concurrent), timeout
        )
    except TimeoutError:
        raise _timed_out(timeout) from None
    if start is not None:
        end = len(text) if found is None else found.end()  # type: ignore[attr-defined]
        b.tick(max(0, end - start) // 256)
    b.check_clock()
    return found


def find_all(pattern: str, text: str, limit: int = -1) -> list:
    """All matches (Java `Matcher.find()` loop), at most `limit` when limit >= 0."""
    compiled = compile_java(pattern)
    b = budget.current()
    b.tick(1 + len(text) // 256)
    timeout = _timeout()
    # one past the collection limit is enough to refuse; the op may run in a worker thread,
    # which must not touch the run's budget, so it is charged here afterwards
    cap = b.limits.max_collection_size + 1

    def collect(cpu: float, concurrent: bool) -> list:
        deadline = time.perf_counter() + cpu
        matches: list = []
        for m in compiled.finditer(text, timeout=cpu, concurrent=concurrent):
            matches.append(m)
            if len(matches) == limit or len(matches) >= cap:
                break
            if len(matches) & 255 == 0 and time.perf_counter() > deadline:
                raise TimeoutError
        return matches

    try:
        matches = run_timed(collect, timeout)
    except TimeoutError:
        raise _timed_out(timeout) from None
    b.check_clock()
    b.tick(len(matches))
    b.check_collection(len(matches))
    return matches


# ---- split and replace -----------------------------------------------------------------------
def java_split(pattern: str, text: str, limit: int = 0) -> list[str]:
    """Java's `String.split(regex, limit)`: trailing empty strings removed when limit is 0."""
    if limit > 0:
        matches = find_all(pattern, text, limit)
    else:
        matches = find_all(pattern, text)
    parts: list[str] = []
    index = 0
    for m in matches:
        if limit > 0 and len(parts) >= limit - 1:
            break
        if index == 0 and m.start() == 0 and m.end() == 0:
            continue  # a zero-width match at the start never gives a leading empty string
        parts.append(text[index : m.start()])
        index = m.end()
    if index == 0 and not parts:
        return [text]
    parts.append(text[index:])
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    return parts


def parse_replacement(compiled: regex.Pattern, replacement: str) -> list:
    """Java's replacement syntax -> a list of literal strings and group references (int/str)."""
    pieces: list = []
    literal: list[str] = []
    i, n = 0, len(replacement)
    while i < n:
        c = replacement[i]
        if c == "\\":
            i += 1
            if i >= n:
                raise GroovyThrowable(
                    "IllegalArgumentException", "character to be escaped is missing"
                )
            literal.append(replacement[i])
            i += 1
        elif c == "$":
            ref, i = _group_ref(compiled, replacement, i + 1)
            pieces.append("".join(literal))
            literal = []
            pieces.append(ref)
        else:
            literal.append(c)
            i += 1
    pieces.append("".join(literal))
    return pieces


def _group_ref(compiled: regex.Pattern, text: str, i: int) -> tuple[object, int]:
    if i >= len(text):
        raise GroovyThrowable(
            "IllegalArgumentException", "Illegal group reference: group index is missing"
        )
    if text[i] == "{":
        end = text.find("}", i)
        if end < 0:
            raise GroovyThrowable(
                "IllegalArgumentException", "named capturing group is missing trailing '}'"
            )
        name = text[i + 1 : end]
        if name not in compiled.groupindex:
            raise GroovyThrowable("IllegalArgumentException", f"No group with name {{{name}}}")
        return name, end + 1
    if not text[i].isdigit() or not text[i].isascii():
        raise GroovyThrowable("IllegalArgumentException", "Illegal group reference")
    number = int(text[i])
    if number > compiled.groups:
        raise GroovyThrowable("IndexOutOfBoundsException", f"No group {number}")
    i += 1
    while i < len(text) and text[i].isascii() and text[i].isdigit():
        longer = number * 10 + int(text[i])
        if longer > compiled.groups:
            break
        number = longer
        i += 1
    return number, i


def expand(pieces: list, match: object) -> str:
    parts = []
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            parts.append(piece)
        else:
            group = match.group(piece)  # type: ignore[attr-defined]
            if group is not None:
                parts.append(group)
    return "".join(parts)


def replace(pattern: str, text: str, replacer, first_only: bool = False) -> str:
    """`replaceAll`/`replaceFirst`: `replacer(match)` gives each replacement text."""
    matches = find_all(pattern, text, 1 if first_only else -1)
    if not matches:
        return text
    b = budget.current()
    out: list[str] = []
    length = len(text)
    index = 0
    for m in matches:
        piece = replacer(m)
        length += len(piece) - (m.end() - m.start())
        b.check_string(length)
        out.append(text[index : m.start()])
        out.append(piece)
        index = m.end()
    out.append(text[index:])
    return "".join(out)


def replace_with_string(pattern: str, text: str, replacement: str, first_only: bool) -> str:
    """Java's replacement syntax is parsed at the first match, as `appendReplacement` does."""
    parsed: list = []

    def replacer(m: object) -> str:
        if not parsed:
            parsed.append(parse_replacement(compile_java(pattern), replacement))
        pieces = parsed[0]
        return pieces[0] if len(pieces) == 1 else expand(pieces, m)

    return replace(pattern, text, replacer, first_only)

"""How big a Java pattern is before anything compiles it, and the limits on that size.

The `regex` package expands a counted repeat into copies of what it repeats (`a{1000}` is a
thousand nodes; only the lower bound is copied: `a{0,1000}` is one), so the 40-byte
`(?:(?:a{1000}){1000}){1000}` asks for a billion nodes and gigabytes of memory. Its parser is
also recursive (a run's Python stack bounds the nesting) and costs tens of microseconds per
character. So a pattern is measured first, in one linear pass over its Java text:

- its length, at most `MAX_PATTERN_LENGTH` characters;
- its expanded size: every character counts once for each copy the counted repeats around it
  make (the product of their lower bounds), at most `MAX_PATTERN_ELEMENTS`;
- its group nesting, at most `MAX_PATTERN_NESTING` (Java itself gives up near 950 with
  "Stack overflow during pattern compilation", a PatternSyntaxException; so do we).

A pattern over a size limit ends the run with LimitExceeded (`memory`), which no script catches:
a script that builds such a pattern is a bomb, not a typo. The measure is an upper bound of what
the parser builds (a class `[abc]` counts its three characters and brackets), never below it.
"""

from __future__ import annotations

import regex

from convoscript.runtime.model import budget

MAX_PATTERN_LENGTH = 10_000  # characters of Java pattern text
MAX_PATTERN_ELEMENTS = 100_000  # characters once counted repeats are expanded
MAX_PATTERN_NESTING = 800  # nested groups

# Java's counted repeat: x{n}, x{n,}, x{n,m}; a count past Java's int range is its syntax error
_COUNT = regex.compile(r"\{([0-9]+)(?:,([0-9]*))?\}")
_INT_MAX = 2**31 - 1
# an escape and all it spans: \Q...\E is handled apart; named forms are bounded so that a
# string of unclosed `\p{` costs no more than its length to scan
_ESCAPE = regex.compile(
    r"\\(?:[pP]\{[^}]{0,64}\}|x\{[0-9a-fA-F]{0,8}\}|k<[^>]{0,64}>|0[0-7]{1,3}|c.|.)", regex.S
)
# what opens a group: a flag group `(?i)` is no group; `(?i:...)`, `(?<name>...)`, `(?=...)`...
_FLAGS_ONLY = regex.compile(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?\)")
_GROUP_OPEN = regex.compile(
    r"\((?:\?(?:<[a-zA-Z][a-zA-Z0-9]*>|[a-zA-Z]*(?:-[a-zA-Z]*)?:|<=|<!|[=!>]))?"
)


class PatternSyntax(Exception):
    """What Java's compiler would refuse, found while measuring: its PatternSyntaxException
    `description` at `index` (groups nested too deeply, a count past int range)."""

    def __init__(self, description: str, index: int):
        super().__init__(description, index)
        self.description = description
        self.index = index


def check_size(pattern: str) -> int:
    """The pattern's expanded size; ends the run (LimitExceeded) when a size limit is passed,
    raises PatternSyntax for what Java's compiler refuses before it would compile."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        _too_large(f"the pattern has {len(pattern)} characters (limit {MAX_PATTERN_LENGTH})")
    elements = expanded_size(pattern, MAX_PATTERN_ELEMENTS)
    if elements > MAX_PATTERN_ELEMENTS:
        _too_large(
            f"its counted repeats (x{{n}}) expand it to more than {MAX_PATTERN_ELEMENTS} "
            f"elements (limit {MAX_PATTERN_ELEMENTS})"
        )
    return elements


def _too_large(problem: str) -> None:
    budget.current().refuse(
        "memory", MAX_PATTERN_ELEMENTS, f"Regular expression too large: {problem}"
    )


def expanded_size(pattern: str, limit: int) -> int:
    """Characters of `pattern` counted once per copy its counted repeats make; stops (returning
    a number over `limit`) as soon as the count passes `limit`, so it never grows huge."""
    # one frame per open group: [characters so far, the size of the last atom]
    frames: list[list[int]] = [[0, 0]]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        top = frames[-1]
        if c == "\\":
            j = _escape_end(pattern, i)
        elif c == "[":
            j = _class_end(pattern, i)
        elif c == "(":
            flags = _FLAGS_ONLY.match(pattern, i)
            if flags is not None:  # `(?i)`: changes flags, matches nothing
                top[0] += flags.end() - i
                top[1] = 0
                i = flags.end()
                continue
            if len(frames) > MAX_PATTERN_NESTING:
                raise PatternSyntax("Stack overflow during pattern compilation", i)
            opened = _GROUP_OPEN.match(pattern, i)
            frames.append([opened.end() - i if opened else 1, 0])
            i = opened.end() if opened else i + 1
            continue
        elif c == ")" and len(frames) > 1:
            inner = frames.pop()[0] + 1
            top = frames[-1]
            top[0] += inner
            top[1] = inner
            i += 1
            continue
        elif c == "{":
            m = _COUNT.match(pattern, i)
            if m is not None:
                for bound in (1, 2):
                    _check_count(m, bound)
                copies = max(int(m.group(1)), 1)
                top[0] += top[1] * (copies - 1) + (m.end() - i)
                top[1] *= copies
                if top[0] > limit:
                    return top[0]
                i = m.end()
                continue
            j = i + 1
        elif c in "*+?|":
            top[0] += 1
            i += 1
            continue
        else:
            j = i + 1
        top[0] += j - i
        top[1] = j - i
        i = j
    while len(frames) > 1:  # unclosed groups: the compiler reports them
        inner = frames.pop()[0]
        frames[-1][0] += inner
    return frames[0][0]


def _check_count(m: regex.Match, bound: int) -> None:
    """Java reads a count's digits into an int: past its range, "Illegal repetition range"
    at the digit that overflows."""
    digits = m.group(bound)
    if digits and len(digits) >= 10 and int(digits) > _INT_MAX:
        value = 0
        for k, digit in enumerate(digits):
            value = value * 10 + int(digit)
            if value > _INT_MAX:
                raise PatternSyntax("Illegal repetition range", m.start(bound) + k)


def _escape_end(pattern: str, i: int) -> int:
    if pattern.startswith("\\Q", i):
        end = pattern.find("\\E", i + 2)
        return len(pattern) if end < 0 else end + 2
    m = _ESCAPE.match(pattern, i)
    return m.end() if m is not None else len(pattern)


def _class_end(pattern: str, i: int) -> int:
    """The index after the `[...]` class opened at `i` (classes nest in Java; `]` first in a
    class is a literal); the pattern's end when it is unclosed."""
    depth, j, n = 0, i, len(pattern)
    while j < n:
        c = pattern[j]
        if c == "\\":
            j = _escape_end(pattern, j)
            continue
        if c == "[":
            depth += 1
            j += 1
            if pattern.startswith("^", j):
                j += 1
            if pattern.startswith("]", j):
                j += 1
            continue
        if c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return n

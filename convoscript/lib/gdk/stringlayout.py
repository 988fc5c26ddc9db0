"""The GDK's text-layout methods of CharSequence: tr, expand/unexpand, normalize/denormalize,
splitEachLine.

Kept apart from `strings.py` (already long); each follows Groovy 2.4's StringGroovyMethods and
StringUtil line by line, since their corner cases (hyphen ranges in `tr`, the tab-stop walk of
`unexpand`) are what scripts observe.
"""

from __future__ import annotations

import re

from convoscript.lib.gdk.collections import call_item
from convoscript.lib.gdk.strings import (
    _cs,
    _cs_param,
    _lines,
    _regex_arg,
    get_at,
    is_java_whitespace,
)
from convoscript.runtime.core import regexes
from convoscript.runtime.door.signatures import arity, as_closure, as_int
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable

# StringUtil.expandHyphen: replaceAll(/(.)-(.)/) with Java's `.` (no line terminators)
_HYPHEN = re.compile(r"([^\n\r\u0085\u2028\u2029])-([^\n\r\u0085\u2028\u2029])")


def _expand_hyphen(text: str) -> str:
    """The set with its `a-z` ranges written out; its length is charged and checked before it
    is built (`"a-\uffff" * 1000` would be 65 million characters)."""
    if "-" not in text:
        return text
    matches = list(_HYPHEN.finditer(text))
    total = len(text) + sum(abs(ord(m.group(2)) - ord(m.group(1))) - 2 for m in matches)
    b = budget.current()
    b.tick(total // 16 + len(matches))
    b.check_string(total)

    def char_range(m: re.Match) -> str:
        a, z = ord(m.group(1)), ord(m.group(2))
        step = 1 if a <= z else -1  # 'z'..'a' is a reversed range: every letter, backwards
        return "".join(chr(c) for c in range(a, z + step, step))

    return _HYPHEN.sub(char_range, text)


def tr(self: object, *args: object) -> str:
    """Like Unix tr: `a-z` ranges; a short replacement set repeats its last character."""
    arity(args, 2)
    text, source_set, replacement_set = _cs(self), _cs_param(args[0]), _cs_param(args[1])
    if not text or not source_set:
        return text
    source = _expand_hyphen(source_set)
    replacement = _expand_hyphen(replacement_set)
    last = get_at(replacement, -1)  # an empty replacement set fails here, as in Groovy
    # each character's replacement is the one at its last position in the source set: a
    # table built once (a rindex per character of the text is quadratic)
    # (str.maketrans keeps the last mapping of a repeated character, as rindex finds it)
    table = str.maketrans(source, replacement.ljust(len(source), last)[: len(source)])
    budget.current().tick(len(text) // 16)
    return text.translate(table)


def _per_line(text: str, convert) -> str:
    """Convert each line; the result ends with a newline only if the text did."""
    if not text:
        return text
    out = "\n".join(convert(line) for line in _lines(text))
    return out + "\n" if text.endswith("\n") else out


def _expand_line(line: str, tab_stop: int) -> str:
    """Each tab becomes the spaces up to the next tab stop. Groovy rebuilds the line at each
    tab; one pass gives the same text, and its length is checked before each piece is added."""
    if "\t" not in line:
        return line
    out: list[str] = []
    length = 0  # of the text in `out`: the index the next tab has in Groovy's rebuilt line
    start = 0
    b = budget.current()
    while (index := line.find("\t", start)) != -1:
        piece = line[start:index]
        out.append(piece)
        length += len(piece)
        if tab_stop == 0:
            raise GroovyThrowable("ArithmeticException", "/ by zero")
        count = tab_stop - _java_rem(length, tab_stop)  # negative: Groovy's multiply gives ""
        count = max(count, 0)
        b.check_string(length + count + len(line) - index - 1)
        b.tick(1 + count // 64)
        out.append(" " * count)
        length += count
        start = index + 1
    out.append(line[start:])
    return "".join(out)


def _java_rem(a: int, b: int) -> int:
    """Java's `%` on ints: the sign of the dividend."""
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _unexpand_line(line: str, tab_stop: int) -> str:
    """Groovy's walk over tab-stop-wide pieces, each ending in whitespace cut to a tab. Each
    step replaces the piece at the walk's index and moves past it, so the text before the
    index is final and the rest is the original's: one pass over the original gives the same
    text (Groovy's in-place rebuild is quadratic). A tab stop of 0 never moves: Groovy loops
    forever, here the step budget ends it."""
    b = budget.current()
    if tab_stop < 0:
        raise GroovyThrowable(
            "StringIndexOutOfBoundsException",
            f"start 0, end {tab_stop}, length {len(line)}",
        )
    out: list[str] = []
    pos = 0
    while pos + tab_stop < len(line):
        b.tick(1 + tab_stop // 16 if tab_stop else 1024)  # a tab stop of 0: no progress ever
        piece = line[pos : pos + tab_stop]
        count = 0
        while count < tab_stop and is_java_whitespace(piece[tab_stop - (count + 1)]):
            count += 1
        out.append(piece[: tab_stop - count] + "\t" if count > 0 else piece)
        pos += tab_stop
    out.append(line[pos:])
    return "".join(out)


def expand(self: object, *args: object) -> str:
    """Tabs to spaces up to the next tab stop (8 unless given), line by line."""
    arity(args, 0, 1)
    tab_stop = as_int(args[0]) if args else 8
    return _per_line(_cs(self), lambda line: _expand_line(line, tab_stop))


def unexpand(self: object, *args: object) -> str:
    """Runs of whitespace ending at a tab stop (8 unless given) become a tab, line by line."""
    arity(args, 0, 1)
    tab_stop = as_int(args[0]) if args else 8
    return _per_line(_cs(self), lambda line: _unexpand_line(line, tab_stop))


def normalize(self: object, *args: object) -> str:
    """\\r\\n and \\r line endings become \\n."""
    arity(args, 0)
    return _cs(self).replace("\r\n", "\n").replace("\r", "\n")


def denormalize(self: object, *args: object) -> str:
    """Line endings become the platform's line.separator: \\n on the Linux hosts Groovy runs on."""
    return normalize(self, *args)


def split_each_line(self: object, *args: object) -> object:
    """splitEachLine(regex, closure): each line split (String.split) and passed as a List."""

    arity(args, 2)
    pattern, closure = _regex_arg(args[0]), as_closure(args[1])
    result = None
    for line in _lines(_cs(self)):
        result = call_item(closure, regexes.java_split(pattern, line))  # Arrays.asList
    return result


CHAR_SEQUENCE_METHODS = {
    "tr": tr,
    "expand": expand,
    "unexpand": unexpand,
    "normalize": normalize,
    "denormalize": denormalize,
    "splitEachLine": split_each_line,
}

METHODS = {"CharSequence": CHAR_SEQUENCE_METHODS}

"""The GDK's text-layout methods of CharSequence: tr, expand/unexpand, normalize/denormalize,
splitEachLine.

Kept apart from `strings.py` (already long); each follows Groovy 2.4's StringGroovyMethods and
StringUtil line by line, since their corner cases (hyphen ranges in `tr`, the tab-stop walk of
`unexpand`) are what scripts observe.
"""

from __future__ import annotations

import re

from convoscript.lib.gdk.collections import call_item
from convoscript.lib.gdk.strings import _cs, _lines, _regex_arg, get_at, is_java_whitespace
from convoscript.runtime.core import regexes
from convoscript.runtime.door.signatures import arity, as_closure, as_int, as_str, check_length

# StringUtil.expandHyphen: replaceAll(/(.)-(.)/) with Java's `.` (no line terminators)
_HYPHEN = re.compile(r"([^\n\r\u0085\u2028\u2029])-([^\n\r\u0085\u2028\u2029])")


def _expand_hyphen(text: str) -> str:
    def char_range(m: re.Match) -> str:
        a, b = ord(m.group(1)), ord(m.group(2))
        step = 1 if a <= b else -1  # 'z'..'a' is a reversed range: every letter, backwards
        return "".join(chr(c) for c in range(a, b + step, step))

    return _HYPHEN.sub(char_range, text) if "-" in text else text


def tr(self: object, *args: object) -> str:
    """Like Unix tr: `a-z` ranges; a short replacement set repeats its last character."""
    arity(args, 2)
    text, source_set, replacement_set = _cs(self), as_str(args[0]), as_str(args[1])
    if not text or not source_set:
        return text
    source = _expand_hyphen(source_set)
    replacement = _expand_hyphen(replacement_set)
    last = get_at(replacement, -1)  # an empty replacement set fails here, as in Groovy
    replacement = replacement.ljust(len(source), last)
    return "".join(replacement[source.rindex(c)] if c in source else c for c in text)


def _per_line(text: str, convert) -> str:
    """Convert each line; the result ends with a newline only if the text did."""
    if not text:
        return text
    out = "\n".join(convert(line) for line in _lines(text))
    return out + "\n" if text.endswith("\n") else out


def _expand_line(line: str, tab_stop: int) -> str:
    while (index := line.find("\t")) != -1:
        line = line[:index] + " " * (tab_stop - index % tab_stop) + line[index + 1 :]
        check_length(len(line))
    return line


def _unexpand_line(line: str, tab_stop: int) -> str:
    s, index = line, 0
    while index + tab_stop < len(s):
        piece = s[index : index + tab_stop]
        count = 0
        while count < tab_stop and is_java_whitespace(piece[tab_stop - (count + 1)]):
            count += 1
        if count > 0:
            s = s[:index] + piece[: tab_stop - count] + "\t" + s[index + tab_stop :]
            index = index + tab_stop - (count - 1)
        else:
            index += tab_stop
    return s


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

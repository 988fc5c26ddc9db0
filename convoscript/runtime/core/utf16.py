"""Java's UTF-16 view of a script string: lengths, indices and characters in UTF-16 code units.

A Groovy String is a sequence of UTF-16 code units (`"😀".length()` is 2). A convoscript string
is a Python `str` with one spelling per Java string, kept by this rule:

- a supplementary character (U+10000 and up: an emoji) is ONE element, standing for the two
  units of its surrogate pair;
- a lone surrogate (half a pair, made by cutting a string between the two units) is a legal
  element on its own;
- never a high surrogate followed by a low one: a join that brings two halves together makes
  them the one character again (`pair`, `concat`), so strings made by cutting and joining
  compare, hash and print as Java's.

Index work goes through `units(s)`, the string with one element per UTF-16 unit (an emoji split
into its two surrogates); results go back through `pair`. Strings without supplementary
characters — almost all — are their own units: the check (`is_bmp`) takes constant time and
nothing is copied.
"""

from __future__ import annotations

import re
import sys

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_HIGH = re.compile("[\ud800-\udbff]")


def _wide_header() -> int | None:
    """CPython keeps every str in its narrowest storage (PEP 393): 4 bytes a character only
    when one is beyond U+FFFF. The object header of such a string, measured here, or None
    when this interpreter does not store strings so (the regex scan is used then)."""
    header = sys.getsizeof("\U00010000") - 2 * 4
    probes = ("\U00010000" * 3, "a\U0001f600b", "\xe9\U0001f600")
    if (
        all(sys.getsizeof(p) == header + (len(p) + 1) * 4 for p in probes)
        and sys.getsizeof("\u0100\u0101\u0102") < header + 4 * 4
    ):
        return header
    return None


_WIDE_HEADER = _wide_header()


def is_bmp(s: str) -> bool:
    """True when every element of `s` is one UTF-16 unit (no supplementary character).
    Constant time on CPython: only a string stored 4 bytes a character can hold one."""
    if s.isascii():
        return True
    if _WIDE_HEADER is not None:
        return sys.getsizeof(s) < _WIDE_HEADER + (len(s) + 1) * 4
    return _ASTRAL.search(s) is None


def _split(m: re.Match) -> str:
    cp = ord(m.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def units(s: str) -> str:
    """`s` with one element per UTF-16 code unit (supplementary characters as surrogate pairs).
    Only for indexing and counting: a result made from it goes back through `pair`."""
    if is_bmp(s):
        return s
    return _ASTRAL.sub(_split, s)


def pair(s: str) -> str:
    """The one spelling of `s`: each high surrogate followed by a low one joined into the
    character they stand for; lone surrogates stay."""
    if s.isascii() or _HIGH.search(s) is None:
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def length(s: str) -> int:
    """Java's `length()`: UTF-16 code units."""
    if is_bmp(s):
        return len(s)
    return len(s) + len(_ASTRAL.findall(s))


def cut(s: str, begin: int, end: int) -> str:
    """Units `begin` to `end` (checked by the caller), as a string of the one spelling."""
    if is_bmp(s):
        return s[begin:end]
    return pair(units(s)[begin:end])


def unit_index(s: str, index: int) -> int:
    """The UTF-16 index of element `index` of `s` (a found position, a match's start)."""
    if index <= 0 or is_bmp(s):
        return index
    return index + len(_ASTRAL.findall(s, 0, index))


def element_index(s: str, unit: int) -> int:
    """The element of `s` at UTF-16 index `unit` (0 <= unit <= length); inside a pair, the
    supplementary character's own element."""
    if is_bmp(s):
        return unit
    return len(s) - len(pair(units(s)[unit:])) if unit > 0 else 0


def concat(a: str, b: str) -> str:
    """`a + b`, a high surrogate ending `a` joined with a low one starting `b`."""
    if a and b and "\ud800" <= a[-1] <= "\udbff" and "\udc00" <= b[0] <= "\udfff":
        return a[:-1] + pair(a[-1] + b[0]) + b[1:]
    return a + b


def join(parts: list[str], separator: str = "") -> str:
    """`separator.join(parts)` with halves that meet at a seam joined."""
    return pair(separator.join(parts))

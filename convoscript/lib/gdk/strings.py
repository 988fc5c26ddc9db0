"""String, CharSequence and Character methods (java.lang.String + Groovy's GDK).

Receivers: `str` and `GString` (the GString's text is used) for the "String" table; any text
(`str`, `GString`, `StringBuilder`) for the GDK "CharSequence" table (more of it in
`stringlayout.py`); `Char` for "Character". Java semantics throughout: exceptions carry the
JDK 17 messages Groovy 2.4 shows, regexes are Java regexes (`runtime.regexes`).

The statics and constructors of String and Character are in java_lang/ (`strings.py`,
`character.py`); StringBuilder's methods, and String's `<<` that makes a StringBuffer, in
java_lang/stringbuilder.py; Pattern's and Matcher's methods in java_regex/.

Checked against Groovy 2.4.21 on JDK 17. Lengths, indices and characters are Java's UTF-16
units (an emoji has size 2): index work goes through `runtime.core.utf16` (its docstring has the
one-spelling rule), which costs nothing for strings without supplementary characters.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.lib.java_util.locale import as_locale
from convoscript.lib.java_util.streamvalues import IntStream
from convoscript.runtime import numbers
from convoscript.runtime.core import regexes
from convoscript.runtime.core.arrays import JavaArray, StringArray, make_array
from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.compare import truth
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.hashing import java_hash, string_hash
from convoscript.runtime.core.javaregex import (
    JavaPattern,
    pattern_source,
)
from convoscript.runtime.core.javasets import HashSet
from convoscript.runtime.core.keys import LIST_TYPES
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.core.utf16 import concat as utf16_concat
from convoscript.runtime.core.utf16 import cut, is_bmp, pair
from convoscript.runtime.core.utf16 import join as utf16_join
from convoscript.runtime.core.utf16 import length as utf16_length
from convoscript.runtime.core.utf16 import units as utf16_units
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_closure,
    as_int,
    as_str,
    charge,
    check_length,
    check_size,
)
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Char, Closure, EmptyRange, GString, IntRange


# ---- receiver and argument helpers -------------------------------------------------------------
def _s(self: object) -> str:
    """The String a str/GString receiver is."""
    if type(self) is str:
        return self  # type: ignore[return-value]
    if type(self) is GString:
        return gstring_text(self)  # type: ignore[arg-type]
    raise NoSignature


def _cs(value: object) -> str:
    """The text of any CharSequence: String, GString or StringBuilder."""
    if type(value) is str:
        return value  # type: ignore[return-value]
    if type(value) is GString:
        return gstring_text(value)  # type: ignore[arg-type]
    if isinstance(value, StringBuilder):
        return value.text()
    raise NoSignature


def _cs_arg(value: object, npe: str | None = None) -> str:
    if value is None and npe is not None:
        raise GroovyThrowable("NullPointerException", npe)
    return _cs(value)


def _str_arg(value: object, npe: str) -> str:
    if value is None:
        raise GroovyThrowable("NullPointerException", npe)
    return as_str(value)


def _cs_param(value: object) -> str:
    """A GDK `CharSequence` parameter: a String, GString or StringBuilder (a Java `String`
    parameter takes no StringBuilder: `as_str`)."""
    if isinstance(value, StringBuilder):
        return value.text()
    return as_str(value)


def _int_value(value: object) -> int:
    """A `Number` parameter used through `intValue()` (Java's narrowing: NaN is 0, a Long
    wraps; `int(value)` raised on NaN and infinity, an InternalError)."""
    if isinstance(value, (int, float, Decimal)) and type(value) is not bool:
        return numbers.to_int(value)
    raise NoSignature


def _units(s: str) -> str:
    """`s` in UTF-16 units (`runtime.core.utf16`); a string with an emoji pays for the copy."""
    if is_bmp(s):
        return s
    charge(len(s) // 64)
    return utf16_units(s)


def _length(s: str) -> int:
    """Java's `length()` of `s` (UTF-16 units); a string with an emoji pays for the count."""
    if is_bmp(s):
        return len(s)
    charge(len(s) // 64)
    return utf16_length(s)


def _sioobe(message: str) -> GroovyThrowable:
    return GroovyThrowable("StringIndexOutOfBoundsException", message)


def _substring(s: str, begin: int, end: int) -> str:
    """Units `begin` to `end` of `s` (Java's substring and its exception)."""
    if begin < 0 or begin > end or end > len(s) and end > _length(s):
        raise _sioobe(f"begin {begin}, end {end}, length {_length(s)}")
    return cut(s, begin, end)


def is_java_whitespace(c: str) -> bool:
    """Character.isWhitespace: no non-breaking spaces, but the ASCII separators 0x1C-0x1F."""
    if c in " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f":
        return True
    if c in "\xa0\u2007\u202f" or c <= "\x7f":
        return False
    return c.isspace() and c != "\x85"


def _lines(s: str) -> list[str]:
    """BufferedReader.readLine splitting: \\n, \\r or \\r\\n; no empty last line."""
    if not s:
        return []
    lines = s.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def _chars(s: str) -> list[str]:
    """The chars of `s` as one-character Strings (an emoji is its two surrogates)."""
    check_size(len(s))
    return list(_units(s))


# ---- java.lang.String
def length(self: object, *args: object) -> int:
    arity(args, 0)
    return _length(_cs(self))


def to_upper_case(self: object, *args: object) -> str:
    arity(args, 0, 1)
    turkic = bool(args) and _turkic(args[0])
    s = _s(self)
    charge(len(s) // 64)
    return (s.replace("i", "\u0130") if turkic else s).upper()  # Turkish i -> dotted İ


def to_lower_case(self: object, *args: object) -> str:
    arity(args, 0, 1)
    turkic = bool(args) and _turkic(args[0])
    s = _s(self)
    charge(len(s) // 64)
    if turkic:  # Turkish I -> dotless ı, İ -> i
        return s.replace("I", "\u0131").replace("\u0130", "i").lower()
    return s.lower()


def _turkic(value: object) -> bool:
    """Whether a Locale argument maps case as Turkish and Azeri do (dotted and dotless i);
    every other Locale maps it as the root Locale does."""
    tag = as_locale(value).tag
    return tag.replace("-", "_").split("_")[0].lower() in ("tr", "az")


def trim(self: object, *args: object) -> str:
    arity(args, 0)
    s = _s(self)
    start, end = 0, len(s)
    while start < end and s[start] <= " ":
        start += 1
    while end > start and s[end - 1] <= " ":
        end -= 1
    return s[start:end]


def contains(self: object, *args: object) -> bool:
    arity(args, 1)
    needle = _cs_arg(
        args[0], 'Cannot invoke "java.lang.CharSequence.toString()" because "s" is null'
    )
    return _units(needle) in _units(_cs(self))  # a lone surrogate finds its half


def starts_with(self: object, *args: object) -> bool:
    arity(args, 1, 2)
    prefix = _str_arg(args[0], 'Cannot invoke "String.length()" because "prefix" is null')
    s, prefix = _units(_s(self)), _units(prefix)
    if len(args) == 2:
        offset = as_int(args[1])
        return 0 <= offset <= len(s) and s.startswith(prefix, offset)
    return s.startswith(prefix)


def ends_with(self: object, *args: object) -> bool:
    arity(args, 1)
    suffix = _str_arg(args[0], 'Cannot invoke "String.length()" because "suffix" is null')
    return _units(_s(self)).endswith(_units(suffix))


def substring(self: object, *args: object) -> str:
    arity(args, 1, 2)
    s = _s(self)
    begin = as_int(args[0])
    end = as_int(args[1]) if len(args) == 2 else _length(s)
    return _substring(s, begin, end)


def sub_sequence(self: object, *args: object) -> str:
    arity(args, 2)
    s = _s(self)
    return _substring(s, as_int(args[0]), as_int(args[1]))


def content_equals(self: object, *args: object) -> bool:
    """contentEquals(CharSequence): same text, whatever the CharSequence type."""
    arity(args, 1)
    other = _cs_arg(args[0], 'Cannot invoke "java.lang.CharSequence.length()" because "cs" is null')
    return _s(self) == other


def _needle(value: object) -> str | None:
    """What indexOf looks for; None for an int that is no code point (Java finds nothing)."""
    if type(value) is int:
        return chr(value) if 0 <= value <= 0x10FFFF else None  # type: ignore[operator]
    if value is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.coder()" because "str" is null'
        )
    return as_str(value)


def index_of(self: object, *args: object) -> int:
    """indexOf(str or char[, from]), searched and counted in UTF-16 units (a lone surrogate
    finds its half of an emoji, as in Java)."""
    arity(args, 1, 2)
    s, needle = _units(_s(self)), _needle(args[0])
    start = max(as_int(args[1]), 0) if len(args) == 2 else 0
    if start > len(s) or needle is None:
        return -1
    return s.find(_units(needle), start)


def last_index_of(self: object, *args: object) -> int:
    arity(args, 1, 2)
    s, needle = _units(_s(self)), _needle(args[0])
    start = as_int(args[1]) if len(args) == 2 else len(s)
    if start < 0 or needle is None:
        return -1
    needle = _units(needle)
    return s.rfind(needle, 0, min(start, len(s)) + len(needle))


def _index_error(s: str, index: int) -> GroovyThrowable:
    """JDK 17's charAt/codePointAt message: a Latin-1 string's differs from a UTF-16 one's."""
    if max(s, default="\x00") <= "\xff":
        return _sioobe(f"String index out of range: {index}")
    return _sioobe(f"index {index}, length {_length(s)}")


def char_at(self: object, *args: object) -> Char:
    arity(args, 1)
    s, index = _s(self), as_int(args[0])
    u = _units(s)
    if not 0 <= index < len(u):
        raise _index_error(s, index)
    return Char(u[index])


def is_empty(self: object, *args: object) -> bool:
    arity(args, 0)
    return not _cs(self)


def equals_ignore_case(self: object, *args: object) -> bool:
    arity(args, 1)
    if args[0] is None:
        return False
    other = as_str(args[0])
    s = _s(self)
    return len(s) == len(other) and (s == other or s.upper().lower() == other.upper().lower())


def java_compare_strings(a: str, b: str) -> int:
    """String.compareTo: the difference of the first differing chars, else of the lengths."""
    if a == b:
        return 0
    charge(min(len(a), len(b)) // 64)
    for x, y in zip(a, b):
        if x != y:
            if x > "\uffff" or y > "\uffff":  # Java compares UTF-16 units: an emoji's
                return _utf16_compare(a, b)  # surrogates sort below U+E000..U+FFFF
            return ord(x) - ord(y)
    return _length(a) - _length(b)


def _utf16_compare(a: str, b: str) -> int:
    units_a = memoryview(a.encode("utf-16-le", "surrogatepass")).cast("H")
    units_b = memoryview(b.encode("utf-16-le", "surrogatepass")).cast("H")
    for x, y in zip(units_a, units_b):
        if x != y:
            return x - y
    return len(units_a) - len(units_b)


def compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot read field "value" because "anotherString" is null'
        )
    return java_compare_strings(_s(self), as_str(args[0]))


def compare_to_ignore_case(self: object, *args: object) -> int:
    arity(args, 1)
    s, other = _s(self), as_str(args[0])
    a, b = s.upper().lower(), other.upper().lower()
    for x, y in zip(a, b):  # JDK 17 compares code points here, unlike compareTo
        if x != y:
            return ord(x) - ord(y)
    return _length(s) - _length(other)  # ... but lengths in UTF-16 units


def concat(self: object, *args: object) -> str:
    arity(args, 1)
    s, other = _s(self), as_str(args[0])
    check_length(len(s) + len(other))
    return s + other


def replace(self: object, *args: object) -> str:
    """Literal replacement: replace(CharSequence, CharSequence) and replace(char, char)."""
    arity(args, 2)
    s = _s(self)
    if type(args[0]) is Char and type(args[1]) is Char:
        return s.replace(args[0], args[1])  # type: ignore[arg-type]
    target = _cs_arg(
        args[0], 'Cannot invoke "java.lang.CharSequence.toString()" because "target" is null'
    )
    replacement = _cs_arg(
        args[1], 'Cannot invoke "java.lang.CharSequence.toString()" because "replacement" is null'
    )
    s, target = _units(s), _units(target)  # a lone surrogate replaces its half of a pair
    count = s.count(target)
    check_length(len(s) + count * (len(replacement) - len(target)))
    charge(len(s) // 64 + count)
    return pair(s.replace(target, _units(replacement)))


def matches(self: object, *args: object) -> bool:
    """String.matches(String regex) and the GDK's matches(CharSequence, Pattern)."""
    arity(args, 1)
    if isinstance(args[0], StringBuilder):  # neither takes one
        raise NoSignature
    return regexes.run_regex("fullmatch", _regex_arg(args[0]), _cs(self)) is not None


def cs_matches(self: object, *args: object) -> bool:
    """The GDK's matches(CharSequence, Pattern) on a StringBuilder."""
    arity(args, 1)
    if pattern_source(args[0]) is None:
        raise NoSignature
    return matches(self, *args)


def split(self: object, *args: object) -> list:
    """String.split(regex[, limit]) (a String[]); the GDK's split() splits on whitespace."""
    arity(args, 0, 1, 2)
    s = _cs(self)
    if not args:
        return _string_array(_tokens(s, " \t\n\r\f"))
    if type(self) is StringBuilder:
        raise NoSignature
    limit = as_int(args[1]) if len(args) == 2 else 0
    return _string_array(regexes.java_split(as_str(args[0]), s, limit))


def _string_array(items: list) -> list:
    check_size(len(items))
    return StringArray(items)


def hash_code(self: object, *args: object) -> int:
    arity(args, 0)

    if type(self) is GString:
        return java_hash(self)
    return string_hash(_s(self))


def string_equals(self: object, *args: object) -> bool:
    """String.equals: only an equal String (a GString is never equal to a String)."""
    arity(args, 1)
    other = args[0]
    if type(self) is str:
        return type(other) is str and self == other
    return type(other) is GString and _s(self) == gstring_text(other)  # type: ignore[arg-type]


# ---- GDK String methods ---------------------------------------------------------------------
def size(self: object, *args: object) -> int:
    arity(args, 0)
    return _length(_cs(self))


def _tokens(s: str, delimiters: str) -> list[str]:
    """java.util.StringTokenizer: runs of delimiter characters separate tokens."""
    tokens, current = [], []
    charge(len(delimiters) // 16)
    delimiter_set = frozenset(delimiters)  # a `c in str` per character is quadratic
    for c in s:
        if c in delimiter_set:
            if current:
                tokens.append("".join(current))
                current = []
        else:
            current.append(c)
    if current:
        tokens.append("".join(current))
    charge(len(s) // 16)
    return tokens


def tokenize(self: object, *args: object) -> list:
    arity(args, 0, 1)
    s = _cs(self)
    if not args:
        delimiters = " \t\n\r\f"
    elif type(args[0]) is Char:
        delimiters = args[0]  # type: ignore[assignment]
    else:
        delimiters = _cs_param(args[0])
    tokens = _tokens(s, delimiters)  # type: ignore[arg-type]
    check_size(len(tokens))
    return tokens


def _pad_args(args: tuple) -> tuple[int, str]:
    arity(args, 1, 2)
    width = _int_value(args[0])
    padding = _cs_param(args[1]) if len(args) == 2 else " "
    return width, padding


def _padding(padding: str, count: int) -> str:
    if not padding:
        raise GroovyThrowable("ArithmeticException", "/ by zero")
    check_length(count)
    return (padding * (count // len(padding) + 1))[:count]


def pad_left(self: object, *args: object) -> str:
    s = _cs(self)
    width, padding = _pad_args(args)
    size_ = _length(s)
    if width <= size_:
        return s
    return utf16_concat(_padding(_units(padding), width - size_), s)


def pad_right(self: object, *args: object) -> str:
    s = _cs(self)
    width, padding = _pad_args(args)
    size_ = _length(s)
    if width <= size_:
        return s
    return utf16_concat(s, _padding(_units(padding), width - size_))


def center(self: object, *args: object) -> str:
    s = _cs(self)
    width, padding = _pad_args(args)
    size_ = _length(s)
    if width <= size_:
        return s
    add = width - size_
    half = _padding(_units(padding), add // 2 + add % 2)
    if add % 2 == 0:
        return utf16_join([half, s, half])
    return utf16_join([half[: add // 2], s, half])


def capitalize(self: object, *args: object) -> str:
    arity(args, 0)
    s = _cs(self)
    return s[:1].upper() + s[1:] if s else s


def uncapitalize(self: object, *args: object) -> str:
    arity(args, 0)
    s = _cs(self)
    return s[:1].lower() + s[1:] if s else s


def reverse(self: object, *args: object) -> str:
    arity(args, 0)
    s = _cs(self)
    charge(len(s) // 64)
    return pair(s[::-1])  # StringBuilder.reverse: a surrogate pair stays in order


def count(self: object, *args: object) -> int:
    """Occurrences of a substring, overlapping ones included ("aaaa".count("aa") is 3)."""
    arity(args, 1)
    s, needle = _cs(self), _cs(args[0])
    total, index = 0, s.find(needle)
    while index >= 0:
        total += 1
        index = s.find(needle, index + 1)
    charge(total + len(s) // 64)
    return total


def multiply(self: object, *args: object) -> str:
    arity(args, 1)
    s, times = _cs(self), _int_value(args[0])
    if times < 0:
        raise GroovyThrowable(
            "IllegalArgumentException",
            f"multiply() should be called with a number of 0 or greater not: {times}",
        )
    check_length(len(s) * times)
    charge(len(s) * times // 64)
    return pair(s * times) if times > 1 else s * times


def plus(self: object, *args: object) -> object:
    """String + anything: concatenation with Groovy's toString (GString + String: a GString)."""
    arity(args, 1)
    other = args[0]
    if type(self) is GString and type(other) in (str, GString):
        return _gstring_plus(self, other)  # type: ignore[arg-type]
    s, text = _cs(self), to_string(other)
    check_length(len(s) + len(text))
    return utf16_concat(s, text)


def _gstring_plus(self: GString, other: object) -> GString:
    check_length(len(gstring_text(self)) + len(to_string(other)))
    if type(other) is str:
        strings = list(self.strings)
        strings[-1] = strings[-1] + other  # type: ignore[operator]
        return GString(tuple(strings), tuple(self.values))
    g: GString = other  # type: ignore[assignment]
    strings = list(self.strings[:-1]) + [self.strings[-1] + g.strings[0]] + list(g.strings[1:])
    return GString(tuple(strings), tuple(self.values) + tuple(g.values))


def minus(self: object, *args: object) -> str:
    arity(args, 1)
    if pattern_source(args[0]) is not None:
        return replace_first(self, args[0], "")
    s, text = _cs(self), to_string(args[0])
    index = s.find(text)
    return s if index < 0 else utf16_concat(s[:index], s[index + len(text) :])


def _normalise(index: int, size_: int) -> int:
    return index + size_ if index < 0 else index


def range_borders(r: IntRange, size_: int) -> tuple[int, int, bool]:
    """Groovy's subListBorders: (from, to-exclusive, reverse) with negative indices counted
    from the end."""
    low = _normalise(r.low, size_)
    high = _normalise(r.high, size_)
    reverse_ = r.reverse
    if low > high:
        low, high, reverse_ = high, low, not reverse_
    return low, high + 1, reverse_


def _char_at_index(s: str, index: int) -> str:
    size_ = _length(s)
    i = _normalise(index, size_)
    if i < 0:
        raise GroovyThrowable(
            "ArrayIndexOutOfBoundsException",
            f"Negative array index [{index}] too large for array size {size_}",
        )
    return _substring(s, i, i + 1)


def _string_range(s: str, r: IntRange) -> str:
    if isinstance(r, EmptyRange):
        return ""
    low, high, reverse_ = range_borders(r, _length(s))
    part = _substring(s, low, high)
    return pair(part[::-1]) if reverse_ else part


def get_at(self: object, *args: object) -> str:
    """`s[i]` (a one-character String), `s[a..b]` (reversed for a reversed range), `s[[i, j]]`."""
    arity(args, 1)
    s, index = _cs(self), args[0]
    if type(index) is int:
        return _char_at_index(s, index)  # type: ignore[arg-type]
    if isinstance(index, IntRange):
        return _string_range(s, index)
    if type(index) in LIST_TYPES:
        # a nested index list is walked recursively, as Groovy does: a list that contains
        # itself recursed without end (Groovy: StackOverflowError), so each level is a call
        b = budget.current()
        b.enter()
        try:
            parts = []
            for item in index:  # type: ignore[union-attr]
                b.tick()
                parts.append(get_at(s, item))
        finally:
            b.leave()
        return utf16_join(parts)
    raise NoSignature


def _number_test(fn_name: str):
    def method(self: object, *args: object) -> bool:
        arity(args, 0)
        return bool(getattr(numbers, fn_name)(_cs(self)))

    return method


def _number_parse(fn_name: str):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return getattr(numbers, fn_name)(_cs(self))

    return method


def to_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    t = trim(_s(self))
    return t.lower() in ("true", "y") or t == "1"


def to_character(self: object, *args: object) -> Char:
    arity(args, 0)
    return char_at(_s(self), 0)


def to_list(self: object, *args: object) -> list:
    arity(args, 0)
    return _chars(_cs(self))


def to_set(self: object, *args: object) -> object:
    """Groovy's `new HashSet<String>(toList())`: one-character Strings in hash order."""
    arity(args, 0)
    chars = _chars(_cs(self))
    return HashSet.of(chars)


def take(self: object, *args: object) -> str:
    arity(args, 1)
    s, n = _cs(self), max(as_int(args[0]), 0)
    return s[:n] if is_bmp(s) else cut(s, 0, n)


def drop(self: object, *args: object) -> str:
    arity(args, 1)
    s, n = _cs(self), max(as_int(args[0]), 0)
    return s[n:] if is_bmp(s) else cut(s, n, len(s) * 2)


def read_lines(self: object, *args: object) -> list:
    arity(args, 0)
    lines = _lines(_cs(self))
    check_size(len(lines))
    return lines


def each_line(self: object, *args: object) -> object:
    """eachLine { line -> } or { line, number -> } (from 0); returns the last closure result."""
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    first = as_int(args[0]) if len(args) == 2 else 0
    result = None
    for n, line in enumerate(_lines(_cs(self)), first):
        if closure.param_count == 2:
            result = call_closure(closure, line, n)
        else:
            result = call_closure(closure, line)
    return result


def is_all_whitespace(self: object, *args: object) -> bool:
    arity(args, 0)
    return all(is_java_whitespace(c) for c in _cs(self))


def strip_indent(self: object, *args: object) -> str:
    arity(args, 0, 1)
    s = _cs(self)
    if args:
        return _strip_indent(s, as_int(args[0]))
    running = -1
    for line in _lines(s):
        if all(is_java_whitespace(c) for c in line):
            continue
        if running == -1:
            running = len(line)
        k = 0
        while k < len(line) and k < running and is_java_whitespace(line[k]):
            k += 1
        running = k
        if running == 0:
            break
    return _strip_indent(s, max(running, 0))


def _strip_indent(s: str, n: int) -> str:
    if not s or n <= 0:
        return s
    out = []
    for line in _lines(s):
        blank = all(is_java_whitespace(c) for c in line)
        out.append("" if blank else (line[n:] if n <= len(line) else ""))
    text = "\n".join(out)
    return text + "\n" if s.endswith("\n") else text


def strip_margin(self: object, *args: object) -> str:
    arity(args, 0, 1)
    s = _cs(self)
    margin = "|"
    if args:
        margin = args[0] if type(args[0]) is Char else (_cs_param(args[0])[:1] or "|")
    if not s:
        return s
    out = []
    for line in _lines(s):
        k = 0
        while k < len(line) and line[k] <= " ":
            k += 1
        out.append(line[k + 1 :] if k < len(line) and line[k] == margin else line)
    text = "\n".join(out)
    return text + "\n" if s.endswith("\n") else text


def next_(self: object, *args: object) -> str:
    """The last char (UTF-16 unit) plus one."""
    arity(args, 0)
    s = _units(_cs(self))
    if not s:
        return "\x00"
    last = s[-1]
    if last == "\uffff":
        return pair(s + "\x00")
    return pair(s[:-1] + chr(ord(last) + 1))


def previous(self: object, *args: object) -> str:
    arity(args, 0)
    s = _units(_cs(self))
    if not s:
        raise GroovyThrowable("IllegalArgumentException", "the string is empty")
    last = s[-1]
    return pair(s[:-1] if last == "\x00" else s[:-1] + chr(ord(last) - 1))


def as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return len(_cs(self)) > 0


def is_case(self: object, *args: object) -> bool:
    """`switch` on a String: equal text (a GString candidate compares by its text)."""
    arity(args, 1)
    other = args[0]
    if type(other) not in (str, GString):
        return False
    return _s(self) == _s(other)


def string_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _cs(self)


# ---- Java 11 String methods, code points, char[] -------------------------------------------------
def _strip_chars(s: str, leading: bool, trailing: bool) -> str:
    start, end = 0, len(s)
    while leading and start < end and is_java_whitespace(s[start]):
        start += 1
    while trailing and end > start and is_java_whitespace(s[end - 1]):
        end -= 1
    return s[start:end]


def _stripper(leading: bool, trailing: bool):
    def method(self: object, *args: object) -> str:
        arity(args, 0)
        return _strip_chars(_s(self), leading, trailing)

    return method


def is_blank(self: object, *args: object) -> bool:
    arity(args, 0)
    return all(is_java_whitespace(c) for c in _s(self))


def repeat(self: object, *args: object) -> str:
    arity(args, 1)
    s, count_ = _s(self), as_int(args[0])
    if count_ < 0:
        raise GroovyThrowable("IllegalArgumentException", f"count is negative: {count_}")
    check_length(len(s) * count_)
    return s * count_


def code_point_at(self: object, *args: object) -> int:
    """The code point at a UTF-16 index: a whole pair's from its high surrogate, else the
    unit."""
    arity(args, 1)
    s, index = _s(self), as_int(args[0])
    u = _units(s)
    if not 0 <= index < len(u):
        raise _sioobe(f"index {index}, length {len(u)}")
    if "\ud800" <= u[index] <= "\udbff" and index + 1 < len(u):
        return ord(pair(u[index : index + 2])[0])
    return ord(u[index])


def to_char_array(self: object, *args: object) -> JavaArray:
    arity(args, 0)
    return make_array("char", [Char(c) for c in _units(_s(self))])


def get_chars(self: object, *args: object) -> JavaArray:
    """The GDK's `getChars()`: `"hi".chars` is the string's char[] (Java's `chars()` is the
    IntStream)."""
    arity(args, 0)
    return make_array("char", [Char(c) for c in _units(_cs(self))])


def code_point_count(self: object, *args: object) -> int:
    """codePointCount(begin, end): the code points among UTF-16 units begin..end (a surrogate
    pair is one, a lone half is one)."""
    arity(args, 2)
    s, begin, end = _s(self), as_int(args[0]), as_int(args[1])
    if not 0 <= begin <= end <= _length(s):
        raise GroovyThrowable("IndexOutOfBoundsException", None)
    return len(cut(s, begin, end))


def offset_by_code_points(self: object, *args: object) -> int:
    """offsetByCodePoints(index, offset): the UTF-16 index `offset` code points away from
    `index` (a surrogate pair counts once, a lone half once)."""
    arity(args, 2)
    u, x, offset = _units(_s(self)), as_int(args[0]), as_int(args[1])
    if not 0 <= x <= len(u):
        raise GroovyThrowable("IndexOutOfBoundsException", None)
    moved = 0
    while moved < abs(offset) and (x < len(u) if offset > 0 else x > 0):
        if offset > 0:
            x += 1
            if "\ud800" <= u[x - 1] <= "\udbff" and x < len(u) and "\udc00" <= u[x] <= "\udfff":
                x += 1
        else:
            x -= 1
            if "\udc00" <= u[x] <= "\udfff" and x > 0 and "\ud800" <= u[x - 1] <= "\udbff":
                x -= 1
        moved += 1
    charge(moved // 64)
    if moved < abs(offset):
        raise GroovyThrowable("IndexOutOfBoundsException", None)
    return x


def chars(self: object, *args: object) -> IntStream:
    """chars(): the string's UTF-16 code units, as Integers (a character beyond U+FFFF is two)."""
    arity(args, 0)
    s = _units(_cs(self))
    check_size(len(s))
    return IntStream(ord(c) for c in s)


def code_points(self: object, *args: object) -> IntStream:
    """codePoints(): the string's code points, as Integers."""
    arity(args, 0)
    s = _cs(self)
    check_size(len(s))
    return IntStream(ord(c) for c in s)


def collect_replacements(self: object, *args: object) -> str:
    """Each character through the closure: null keeps it, a String replaces it."""
    arity(args, 1)
    closure = as_closure(args[0])
    out = []
    for c in _units(_s(self)):
        result = call_closure(closure, Char(c))
        if result is None:
            out.append(c)
        elif type(result) in (str, GString):
            out.append(to_string(result))
        else:
            raise class_cast(result, "java.lang.String")
    text = utf16_join(out)
    check_length(len(text))
    return text


# ---- regex methods ------------------------------------------------------------------------------
def _match_arg(m: object) -> object:
    """How Groovy passes a match to a one-parameter closure: the text, or [all, g1, ...]."""
    groups = m.re.groups  # type: ignore[attr-defined]
    if groups == 0:
        return m.group(0)  # type: ignore[attr-defined]
    return [m.group(i) for i in range(groups + 1)]  # type: ignore[attr-defined]


def _call_with_match(closure: Closure, m: object) -> object:
    groups = m.re.groups  # type: ignore[attr-defined]
    if groups and closure.param_count != 1:
        return call_closure(closure, *[m.group(i) for i in range(groups + 1)])  # type: ignore
    return call_closure(closure, _match_arg(m))


def replace_all(self: object, *args: object) -> str:
    return _replace(self, args, first_only=False)


def replace_first(self: object, *args: object) -> str:
    return _replace(self, args, first_only=True)


def _replace(self: object, args: tuple, first_only: bool) -> str:
    arity(args, 2)
    s, pattern = _cs(self), _regex_arg(args[0])
    if isinstance(args[1], Closure):
        closure = args[1]
        return regexes.replace(
            pattern, s, lambda m: to_string(_call_with_match(closure, m)), first_only
        )
    return regexes.replace_with_string(pattern, s, _cs_param(args[1]), first_only)


def find(self: object, *args: object) -> object:
    """find(regex[, closure]); find(closure) looks at each character."""
    arity(args, 1, 2)
    if len(args) == 1 and isinstance(args[0], Closure):
        return each_char_find(self, args[0])
    s, pattern = _cs(self), _regex_arg(args[0])
    matches = regexes.find_all(pattern, s, 1)
    if not matches:
        return None
    if len(args) == 2:  # declared to return String: the closure's result is cast
        return to_string(_call_with_match(as_closure(args[1]), matches[0]))
    return matches[0].group(0)


def find_all(self: object, *args: object) -> list:
    """findAll(regex[, closure]); findAll(closure) filters the characters."""
    arity(args, 1, 2)
    if len(args) == 1 and isinstance(args[0], Closure):
        return [c for c in _chars(_s(self)) if truth(call_closure(args[0], c, method="call"))]
    s, pattern = _cs(self), _regex_arg(args[0])
    matches = regexes.find_all(pattern, s)
    check_size(len(matches))
    if len(args) == 2:
        closure = as_closure(args[1])
        return [_call_with_match(closure, m) for m in matches]
    return [m.group(0) for m in matches]


def each_match(self: object, *args: object) -> object:
    arity(args, 2)
    s, closure = _cs(self), as_closure(args[1])
    for m in regexes.find_all(_regex_arg(args[0]), s):
        _call_with_match(closure, m)
    return self


# ---- iterating the characters of a String -------------------------------------------------------
def each(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for c in _units(_s(self)):
        call_closure(closure, c)
    return self


def each_with_index(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for i, c in enumerate(_units(_s(self))):
        call_closure(closure, c, i)
    return self


def collect(self: object, *args: object) -> list:
    arity(args, 0, 1)
    chars = _chars(_s(self))
    if not args:
        return chars
    closure = as_closure(args[0])
    return [call_closure(closure, c) for c in chars]


def each_char_find(self: object, closure: object) -> object:
    for c in _units(_s(self)):
        if truth(call_closure(as_closure(closure), c, method="call")):
            return c
    return None


def any_(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    s = _units(_s(self))
    if not args:
        return any(truth(c) for c in s)
    closure = as_closure(args[0])
    return any(truth(call_closure(closure, c, method="call")) for c in s)


def every(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    s = _units(_s(self))
    if not args:
        return all(truth(c) for c in s)
    closure = as_closure(args[0])
    return all(truth(call_closure(closure, c, method="call")) for c in s)


def inject(self: object, *args: object) -> object:
    arity(args, 2)
    acc, closure = args[0], as_closure(args[1])
    for c in _units(_s(self)):
        acc = call_closure(closure, acc, c)
    return acc


# ---- Character -----------------------------------------------------------------------------------
def _c(self: object) -> str:
    if type(self) is not Char:
        raise NoSignature
    return self  # type: ignore[return-value]


def _char_predicate(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 0)
        return test(_c(self))

    return method


def _char_code(value: object) -> object:
    if type(value) is Char:
        return ord(value)  # type: ignore[arg-type]
    if isinstance(value, (int, float, Decimal)) and type(value) is not bool:
        return value
    raise NoSignature


def _char_arith(op: str):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return getattr(numbers, op)(ord(_c(self)), _char_code(args[0]))

    return method


def char_to_upper_case(self: object, *args: object) -> Char:
    arity(args, 0)
    c = _c(self)
    up = c.upper()
    return Char(up) if len(up) == 1 else Char(c)


def char_to_lower_case(self: object, *args: object) -> Char:
    arity(args, 0)
    low = _c(self).lower()
    return Char(low) if len(low) == 1 else Char(_c(self))


def char_next(self: object, *args: object) -> Char:
    arity(args, 0)
    return Char(chr((ord(_c(self)) + 1) & 0xFFFF))


def char_previous(self: object, *args: object) -> Char:
    arity(args, 0)
    return Char(chr((ord(_c(self)) - 1) & 0xFFFF))


def char_compare_to(self: object, *args: object) -> int:
    """The GDK's compareTo(Character, Character or Number): the numeric comparison of the
    char's code, so -1, 0 or 1 (not Java's difference)."""
    arity(args, 1)
    other = args[0]
    code = ord(_c(self))
    if type(other) is Char:
        other = ord(other)  # type: ignore[arg-type]
    elif not isinstance(other, (int, float, Decimal)) or type(other) is bool:
        raise NoSignature
    return (code > other) - (code < other)  # type: ignore[operator]


def char_value(self: object, *args: object) -> Char:
    arity(args, 0)
    return _c(self)  # type: ignore[return-value]


def char_as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return _c(self) != "\x00"


def char_is_case(self: object, *args: object) -> bool:
    arity(args, 1)
    return type(args[0]) is Char and args[0] == _c(self)


def char_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return str.__str__(_c(self))


# ---- regex arguments and `~"re"` (Pattern's and Matcher's methods: java_regex/) -------------
def _regex_arg(value: object) -> str:
    """A regex parameter of the GDK (a CharSequence: String, GString, StringBuilder), or any
    java.util.regex.Pattern value."""
    source = pattern_source(value)
    return _cs_param(value) if source is None else source


def bitwise_negate(self: object, *args: object) -> JavaPattern:
    """`~"re"` / `~/re/`: a compiled Pattern."""
    arity(args, 0)
    return JavaPattern(_cs(self))


# ---- tables ------------------------------------------------------------------------------------
STRING_METHODS = {
    "length": length,
    "toUpperCase": to_upper_case,
    "toLowerCase": to_lower_case,
    "trim": trim,
    "startsWith": starts_with,
    "endsWith": ends_with,
    "substring": substring,
    "subSequence": sub_sequence,
    "contentEquals": content_equals,
    "indexOf": index_of,
    "lastIndexOf": last_index_of,
    "charAt": char_at,
    "equalsIgnoreCase": equals_ignore_case,
    "compareTo": compare_to,
    "compareToIgnoreCase": compare_to_ignore_case,
    "concat": concat,
    "replace": replace,
    "matches": matches,
    "split": split,
    "hashCode": hash_code,
    "equals": string_equals,
    "toBoolean": to_boolean,
    "toCharacter": to_character,
    "next": next_,
    "previous": previous,
    "isCase": is_case,
    # "leftShift" (`"a" << x`, a new StringBuffer) is registered with StringBuffer by
    # java_lang/stringbuilder.py, which builds on this module's String methods.
    "bitwiseNegate": bitwise_negate,
    "strip": _stripper(True, True),
    "stripLeading": _stripper(True, False),
    "stripTrailing": _stripper(False, True),
    "isBlank": is_blank,
    "repeat": repeat,
    "codePointAt": code_point_at,
    "toCharArray": to_char_array,
    "getChars": get_chars,
    "codePointCount": code_point_count,
    "offsetByCodePoints": offset_by_code_points,
    "collectReplacements": collect_replacements,
    "each": each,
    "eachWithIndex": each_with_index,
    "collect": collect,
    "any": any_,
    "every": every,
    "inject": inject,
}

CHAR_SEQUENCE_METHODS = {
    "size": size,
    "length": length,
    "isEmpty": is_empty,
    "contains": contains,
    "split": split,
    "tokenize": tokenize,
    "padLeft": pad_left,
    "padRight": pad_right,
    "center": center,
    "capitalize": capitalize,
    "uncapitalize": uncapitalize,
    "reverse": reverse,
    "count": count,
    "multiply": multiply,
    "plus": plus,
    "minus": minus,
    "getAt": get_at,
    "isNumber": _number_test("string_is_number"),
    "isInteger": _number_test("string_is_integer"),
    "isLong": _number_test("string_is_long"),
    "isDouble": _number_test("string_is_double"),
    "isFloat": _number_test("string_is_float"),
    "isBigDecimal": _number_test("string_is_bigdecimal"),
    "isBigInteger": _number_test("string_is_biginteger"),
    "toInteger": _number_parse("string_to_integer"),
    "toLong": _number_parse("string_to_long"),
    "toDouble": _number_parse("string_to_double"),
    "toFloat": _number_parse("string_to_float"),
    "toBigDecimal": _number_parse("string_to_bigdecimal"),
    "toBigInteger": _number_parse("string_to_biginteger"),
    "toList": to_list,
    "toSet": to_set,
    "take": take,
    "drop": drop,
    "readLines": read_lines,
    "eachLine": each_line,
    "isAllWhitespace": is_all_whitespace,
    "stripIndent": strip_indent,
    "stripMargin": strip_margin,
    "replaceAll": replace_all,
    "replaceFirst": replace_first,
    "find": find,
    "findAll": find_all,
    "eachMatch": each_match,
    "asBoolean": as_boolean,
    "toString": string_to_string,
    "chars": chars,
    "codePoints": code_points,
    "next": next_,
    "previous": previous,
    "matches": cs_matches,
    "bitwiseNegate": bitwise_negate,
    "getChars": get_chars,
}

CHARACTER_METHODS = {
    "isLetter": _char_predicate(lambda c: c.isalpha()),
    "isDigit": _char_predicate(lambda c: c.isdecimal()),
    "isLetterOrDigit": _char_predicate(lambda c: c.isalpha() or c.isdecimal()),
    "isWhitespace": _char_predicate(is_java_whitespace),
    "isUpperCase": _char_predicate(lambda c: c.isupper()),
    "isLowerCase": _char_predicate(lambda c: c.islower()),
    "toUpperCase": char_to_upper_case,
    "toLowerCase": char_to_lower_case,
    "next": char_next,
    "previous": char_previous,
    "compareTo": char_compare_to,
    "charValue": char_value,
    "asBoolean": char_as_boolean,
    "isCase": char_is_case,
    "toString": char_to_string,
    "plus": _char_arith("plus"),
    "minus": _char_arith("minus"),
    "multiply": _char_arith("multiply"),
    "div": _char_arith("div"),
}

METHODS = {
    "String": STRING_METHODS,
    "CharSequence": CHAR_SEQUENCE_METHODS,
    "Character": CHARACTER_METHODS,
}

PROPERTIES: dict = {}

DEFAULT_IMPORTS = {"CharSequence": "java.lang.CharSequence", "GString": "groovy.lang.GString"}

"""java.text.SimpleDateFormat patterns (Gregorian) in a Locale: compile, format and parse.
The words and week rules are the Locale's (`localedates`, Java 17 data); zone names Locale.US's.

Pattern letters: G y Y M L w W D d F E u a H k K h m s S z Z X, text in '...' ('' is a quote).
Parsing is lenient like Java's default (Feb 30 is Mar 1; trailing text is ignored; two-digit
`yy` years fall within 80 years before and 20 after the run's now) unless `lenient` is off.
"""

from __future__ import annotations

from datetime import tzinfo

from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.locale import Locale, refuse_locale
from convoscript.lib.java_util.localedates import DEFAULT, check_zone_names, symbols, week_rules
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.runtime.door.signatures import NoSignature, arity, as_str, charge
from convoscript.runtime.model.exceptions import GroovyThrowable

LETTERS = frozenset("GyYMLwWDdFEuaHkKhmsSzZX")
_NUMERIC = frozenset("yYwWDdFuHkKhmsS")
SUNDAY_FIRST_DAYS = (cm.DAY_NAMES[6],) + cm.DAY_NAMES[:6]


def compile_pattern(pattern: str) -> tuple:
    """Tokens: (letter, count) for fields, ("'", text) for literal text."""
    charge(1 + len(pattern) // 8)
    tokens: list = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "'":
            if pattern.startswith("''", i):
                tokens.append(("'", "'"))
                i += 2
                continue
            end = i + 1
            text = []
            while True:
                if end >= n:
                    raise GroovyThrowable("IllegalArgumentException", "Unterminated quote")
                if pattern[end] == "'":
                    if pattern.startswith("''", end):
                        text.append("'")
                        end += 2
                        continue
                    break
                text.append(pattern[end])
                end += 1
            tokens.append(("'", "".join(text)))
            i = end + 1
        elif c.isascii() and c.isalpha():
            if c not in LETTERS:
                raise GroovyThrowable(
                    "IllegalArgumentException", f"Illegal pattern character '{c}'"
                )
            j = i
            while j < n and pattern[j] == c:
                j += 1
            if c == "X" and j - i > 3:
                raise GroovyThrowable(
                    "IllegalArgumentException", f"invalid ISO 8601 format: length={j - i}"
                )
            tokens.append((c, j - i))
            i = j
        else:
            tokens.append(("'", c))
            i += 1
    return tuple(tokens)


# ---- format -----------------------------------------------------------------------------------
def format_millis(tokens: tuple, utc_ms: int, zone_id: str, tz: tzinfo, tag: str = DEFAULT) -> str:
    """The text of `tokens` at an instant in the words of the Locale `tag`."""
    f = cm.fields_at(utc_ms, tz)
    words = _Words(tag, tokens)
    out = []
    for letter, arg in tokens:
        if letter == "'":
            out.append(arg)
        else:
            out.append(_field_text(letter, arg, f, utc_ms, zone_id, tz, words))
    return "".join(out)


# zones whose short name (`z`) Java 17 prints alike in Locale.UK and Locale.US (verified)
_UK_SHORT_ZONES = frozenset(
    {
        "Europe/London",
        "UTC",
        "GMT",
        "Europe/Paris",
        "Asia/Tokyo",
        "Australia/Sydney",
        "Asia/Kolkata",
    }
)


class _Words:
    """The words and week rules a pattern uses in a Locale: a month (M) is in its standalone
    form when it is the pattern's only field ("MMMM", "'in' MMMM"), as Java 17's
    SimpleDateFormat does."""

    __slots__ = ("ampm", "days", "eras", "months", "short_days", "short_months", "tag", "weeks")

    def __init__(self, tag: str, tokens: tuple):
        data = symbols(tag)
        fields = [letter for letter, _ in tokens if letter != "'"]
        standalone = fields == ["M"]
        self.tag = tag
        self.months, self.short_months = data[2:4] if standalone else data[0:2]
        self.days, self.short_days, self.ampm, self.eras = data[4:8]
        self.weeks = week_rules(tag)

    def standalone_month(self, f: cm.Fields, count: int) -> str:  # L
        return symbols(self.tag)[2 if count >= 4 else 3][f.month - 1]


def has_text_fields(tokens: tuple) -> bool:
    """Whether a pattern reads or writes words (month and day names, am/pm, zone names)."""
    return any(
        letter in "Eaz" or (letter in "ML" and isinstance(arg, int) and arg >= 3)
        for letter, arg in tokens
    )


def _num(value: int, count: int) -> str:
    return str(value).zfill(count) if value >= 0 else "-" + str(-value).zfill(count)


def _field_text(
    letter: str, count: int, f: cm.Fields, utc_ms: int, zone_id: str, tz: tzinfo, words: _Words
) -> str:
    weeks = (
        cm.localized_weeks(f.year, f.month, f.day, *words.weeks)
        if letter in "YwW" and words.weeks != (1, 1)
        else None
    )
    if letter in "yY":
        year = f.year if letter == "y" else (weeks[3] if weeks else f.week_year)
        year = year if year > 0 else 1 - year
        return _num(year % 100, 2) if count == 2 else _num(year, count)
    if letter == "L" and count >= 3:
        return words.standalone_month(f, count)
    if letter == "M" and count >= 3:
        return (words.months if count >= 4 else words.short_months)[f.month - 1]
    if letter in "ML":
        return _num(f.month, count)
    if letter == "E":
        return (words.days if count >= 4 else words.short_days)[f.dow - 1]
    if letter in "zZX":
        if letter == "z":
            check_zone_names(words.tag)
            if words.tag == "en_GB" and count < 4 and zone_id not in _UK_SHORT_ZONES:
                raise refuse_locale(Locale("en_GB"), f"short name of the zone {zone_id}")
        return _zone_text(letter, count, utc_ms, zone_id, tz)
    if letter == "G":
        return words.eras[1 if f.year > 0 else 0]
    if letter == "a":
        return words.ampm[0 if f.hour < 12 else 1]
    values = {
        "d": f.day,
        "D": f.doy,
        "w": weeks[2] if weeks else f.week_of_year,
        "W": weeks[1] if weeks else f.week_of_month,
        "F": f.dow_in_month,
        "u": (f.dow + 5) % 7 + 1,
        "H": f.hour,
        "k": f.hour or 24,
        "K": f.hour % 12,
        "h": f.hour % 12 or 12,
        "m": f.minute,
        "s": f.second,
        "S": f.millis,
    }
    return _num(values[letter], count)


def _zone_text(letter: str, count: int, utc_ms: int, zone_id: str, tz: tzinfo) -> str:
    offset = cm.offset_ms(tz, utc_ms)
    if letter == "z":
        return zonerules.zone_name_at(zone_id, tz, utc_ms, count >= 4)
    if letter == "Z":
        return zonerules.offset_hhmm(offset)
    if offset == 0:
        return "Z"
    if count == 1:
        return zonerules.offset_hhmm(offset, minutes="never")
    return zonerules.offset_hhmm(offset, colon=count == 3)


# ---- parse ------------------------------------------------------------------------------------
def parse_error(text: str, offset: int) -> GroovyThrowable:
    """java.text.ParseException, with where parsing failed (`e.errorOffset`)."""
    return GroovyThrowable(
        "ParseException", f'Unparseable date: "{text}"', details={"errorOffset": offset}
    )


class _Parser:
    __slots__ = ("fields", "pos", "tag", "text")

    def __init__(self, text: str, tag: str):
        self.text = text
        self.pos = 0
        self.fields: dict = {}
        self.tag = tag

    def skip_blanks(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def number(self, width: int | None) -> tuple[int, int]:
        """(value, digit count) of the digits at pos (exactly `width` of them if given)."""
        self.skip_blanks()
        start = self.pos
        end = start
        limit = len(self.text) if width is None else min(len(self.text), start + width)
        while end < limit and self.text[end].isdigit() and self.text[end].isascii():
            end += 1
        if end == start or (width is not None and end - start != width) or end - start > 18:
            return -1, 0
        self.pos = end
        return int(self.text[start:end]), end - start

    def choice(self, names: tuple) -> int:
        """Index of the longest name (case-insensitive) at pos, or -1."""
        best, best_len = -1, 0
        rest = self.text[self.pos :].lower()
        for i, name in enumerate(names):
            if len(name) > best_len and rest.startswith(name.lower()):
                best, best_len = i, len(name)
        self.pos += best_len
        return best


def _numeric(letter: str, count: object) -> bool:
    return letter in _NUMERIC or (letter in "ML" and count <= 2)  # type: ignore[operator]


def parse_millis(
    tokens: tuple,
    text: str,
    zone_id: str,
    tz: tzinfo,
    lenient: bool,
    now_year: int,
    tag: str = DEFAULT,
) -> int:
    charge(1 + len(text) // 8)
    p = _Parser(text, tag)
    for index, (letter, arg) in enumerate(tokens):
        if letter == "'":
            if not text.startswith(arg, p.pos):
                raise parse_error(text, p.pos)
            p.pos += len(arg)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ("'", "")
        abutting = _numeric(letter, arg) and _numeric(*following)
        start = p.pos
        if not _parse_field(p, letter, arg, abutting, now_year):
            raise parse_error(text, start)
    return _resolve(p.fields, text, tz, lenient, p.pos)


def _parse_field(p: _Parser, letter: str, count: int, abutting: bool, now_year: int) -> bool:
    words = symbols(p.tag)
    if letter in "ML" and count >= 3:
        p.skip_blanks()
        index = p.choice(words[0] + words[1] + words[2] + words[3])
        p.fields["M"] = index % 12 + 1
        return index >= 0
    if letter == "E":
        p.skip_blanks()
        return p.choice(words[4] + words[5]) >= 0
    if letter in "aG":
        p.skip_blanks()
        index = p.choice(words[6] if letter == "a" else words[7])
        p.fields[letter] = index
        return index >= 0
    if letter in "zZX":
        if letter == "z":
            check_zone_names(p.tag)
        p.skip_blanks()
        offset = _parse_zone(p, letter)
        p.fields["zone"] = offset
        return offset is not None
    value, digits = p.number(count if abutting else None)
    if digits == 0:
        return False
    if letter in "yY" and count <= 2 and digits == 2:
        start = now_year - 80
        value += start // 100 * 100 + (100 if value < start % 100 else 0)
    p.fields[letter] = value
    return True


def _parse_zone(p: _Parser, letter: str) -> int | None:
    text, pos = p.text, p.pos
    if letter == "X":
        if text.startswith("Z", pos):
            p.pos += 1
            return 0
        return _signed_offset(p, iso=True)
    if text.startswith("GMT", pos) or text.startswith("UTC", pos):
        p.pos += 3
        if p.pos < len(text) and text[p.pos] in "+-":
            return _signed_offset(p, iso=False)
        return 0
    if pos < len(text) and text[pos] in "+-":
        return _signed_offset(p, iso=False)
    return _zone_by_name(p)


def _signed_offset(p: _Parser, iso: bool) -> int | None:
    text = p.text
    if p.pos >= len(text) or text[p.pos] not in "+-":
        return None
    sign = -1 if text[p.pos] == "-" else 1
    p.pos += 1
    start = p.pos
    while p.pos < len(text) and text[p.pos].isdigit():
        p.pos += 1
    digits = text[start : p.pos]
    if len(digits) in (1, 2) and p.pos < len(text) and text[p.pos] == ":" and not iso:
        p.pos += 1
        minutes = text[p.pos : p.pos + 2]
        if len(minutes) != 2 or not minutes.isdigit():
            return None
        p.pos += 2
        return sign * (int(digits) * 60 + int(minutes)) * 60_000
    if len(digits) in (1, 2):
        return sign * int(digits) * 3_600_000
    if len(digits) == 4:
        return sign * (int(digits[:2]) * 60 + int(digits[2:])) * 60_000
    return None


_PREFERRED = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "UTC",
    "GMT",
    "Europe/London",
    "Europe/Paris",
    "Asia/Kolkata",
    "Asia/Tokyo",
)


def _zone_by_name(p: _Parser) -> int | None:
    """A zone name (short or long, standard or daylight) at pos: its offset in January 2024."""
    rest = p.text[p.pos :].lower()
    best: tuple[int, str, int] | None = None
    ordered = _PREFERRED + tuple(ZONE_NAMES)
    for zone_id in ordered:
        for k, name in enumerate(ZONE_NAMES[zone_id]):
            if rest.startswith(name.lower()) and (best is None or len(name) > best[0]):
                best = (len(name), zone_id, k % 2)
    if best is None:
        return None
    length, zone_id, daylight = best
    p.pos += length
    raw, dst = zonerules.split_offset(zone_id, zonerules.rules(zone_id), 1_704_067_200_000)
    summer = zonerules.split_offset(zone_id, zonerules.rules(zone_id), 1_719_792_000_000)
    return raw + (max(dst, summer[1]) if daylight else 0)


def _resolve(fields: dict, text: str, tz: tzinfo, lenient: bool, end: int) -> int:
    year = fields.get("y", fields.get("Y", 1970))
    if fields.get("G") == 0:
        year = 1 - year
    month = fields.get("M", 1)
    day = fields.get("d", 1)
    if "H" in fields or "k" in fields:
        hour = fields["H"] if "H" in fields else fields["k"] % 24
    else:
        hour = fields.get("h", fields.get("K", 0))
        if "h" in fields:
            hour = hour % 12 if lenient or hour <= 12 else hour
        hour += 12 * fields.get("a", 0)
    minute, second, millis = fields.get("m", 0), fields.get("s", 0), fields.get("S", 0)
    if not lenient and not _valid(year, month, day, fields):
        raise parse_error(text, end)  # Java's non-lenient check fails where parsing ended
    if "D" in fields and "d" not in fields and "M" not in fields:
        month, day = 1, fields["D"]
    local = cm.local_millis(year, month, day, hour, minute, second, millis)
    if "zone" in fields:
        return local - fields["zone"]
    return cm.local_to_utc(tz, local, later=True)


def _valid(year: int, month: int, day: int, fields: dict) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= cm.month_length(year, month):
        return False
    limits = {"H": 23, "k": 24, "h": 12, "K": 11, "m": 59, "s": 59, "S": 999}
    return (
        all(fields[k] <= v for k, v in limits.items() if k in fields)
        and fields.get("k", 1) >= 1
        and fields.get("h", 1) >= 1
    )


def _error_offset(self: object, *args: object) -> object:
    arity(args, 0)
    if not isinstance(self, GroovyThrowable):
        raise NoSignature
    return self.details.get("errorOffset", 0)


def new_parse_exception(*args: object) -> GroovyThrowable:
    """`new ParseException(message, errorOffset)`, as a script builds one."""
    arity(args, 2)
    message, offset = args
    if type(offset) is not int:
        raise NoSignature
    text = None if message is None else as_str(message)
    return GroovyThrowable("ParseException", text, details={"errorOffset": offset})


CONSTRUCTORS = {"java.text.ParseException": new_parse_exception}
METHODS = {"ParseException": {"getErrorOffset": _error_offset}}
PROPERTIES = {"ParseException": {"errorOffset": lambda e: e.details.get("errorOffset", 0)}}

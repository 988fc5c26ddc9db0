"""java.text.SimpleDateFormat patterns (Locale.US, Gregorian): compile, format and parse.

Pattern letters: G y Y M L w W D d F E u a H k K h m s S z Z X, text in '...' ('' is a quote).
Parsing is lenient like Java's default (Feb 30 is Mar 1; trailing text is ignored; two-digit
`yy` years fall within 80 years before and 20 after the run's now) unless `lenient` is off.
"""

from __future__ import annotations

from datetime import tzinfo

from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.runtime.door.signatures import NoSignature, arity, as_str, charge
from convoscript.runtime.model.exceptions import GroovyThrowable

LETTERS = frozenset("GyYMLwWDdFEuaHkKhmsSzZX")
_NUMERIC = frozenset("yYwWDdFuHkKhmsS")
SHORT_MONTHS = tuple(name[:3] for name in cm.MONTH_NAMES)
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
def format_millis(tokens: tuple, utc_ms: int, zone_id: str, tz: tzinfo, uk: bool = False) -> str:
    """The text of `tokens` at an instant, in Locale.US's words, or with `uk` in Locale.UK's
    (read from Java 17: "Sept", "am"/"pm"; a short zone name only where it is the US one)."""
    f = cm.fields_at(utc_ms, tz)
    out = []
    for letter, arg in tokens:
        if letter == "'":
            out.append(arg)
        elif uk:
            out.append(_uk_field_text(letter, arg, f, utc_ms, zone_id, tz))
        else:
            out.append(_field_text(letter, arg, f, utc_ms, zone_id, tz))
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


def _uk_field_text(
    letter: str, count: int, f: cm.Fields, utc_ms: int, zone_id: str, tz: tzinfo
) -> str:
    if letter in "ML" and count == 3 and f.month == 9:
        return "Sept"
    if letter == "a":
        return "am" if f.hour < 12 else "pm"
    if letter == "z" and count < 4 and zone_id not in _UK_SHORT_ZONES:
        raise GroovyThrowable(
            "UnsupportedOperationException",
            f"convoscript does not have Locale en_GB's short name of the zone {zone_id}",
        )
    return _field_text(letter, count, f, utc_ms, zone_id, tz)


def has_text_fields(tokens: tuple) -> bool:
    """Whether a pattern reads or writes words (month and day names, am/pm, zone names)."""
    return any(
        letter in "Eaz" or (letter in "ML" and isinstance(arg, int) and arg >= 3)
        for letter, arg in tokens
    )


def _num(value: int, count: int) -> str:
    return str(value).zfill(count) if value >= 0 else "-" + str(-value).zfill(count)


def _field_text(
    letter: str, count: int, f: cm.Fields, utc_ms: int, zone_id: str, tz: tzinfo
) -> str:
    if letter in "yY":
        year = f.year if letter == "y" else f.week_year
        year = year if year > 0 else 1 - year
        return _num(year % 100, 2) if count == 2 else _num(year, count)
    if letter in "ML":
        if count >= 4:
            return cm.MONTH_NAMES[f.month - 1]
        return SHORT_MONTHS[f.month - 1] if count == 3 else _num(f.month, count)
    if letter == "E":
        name = SUNDAY_FIRST_DAYS[f.dow - 1]
        return name if count >= 4 else name[:3]
    if letter in "zZX":
        return _zone_text(letter, count, utc_ms, zone_id, tz)
    simple = {
        "G": lambda: "AD" if f.year > 0 else "BC",
        "a": lambda: "AM" if f.hour < 12 else "PM",
    }
    if letter in simple:
        return simple[letter]()
    values = {
        "d": f.day,
        "D": f.doy,
        "w": f.week_of_year,
        "W": f.week_of_month,
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
    __slots__ = ("fields", "pos", "text")

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.fields: dict = {}

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
    tokens: tuple, text: str, zone_id: str, tz: tzinfo, lenient: bool, now_year: int
) -> int:
    charge(1 + len(text) // 8)
    p = _Parser(text)
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
    if letter in "ML" and count >= 3:
        p.skip_blanks()
        index = p.choice(cm.MONTH_NAMES + SHORT_MONTHS)
        p.fields["M"] = index % 12 + 1
        return index >= 0
    if letter == "E":
        p.skip_blanks()
        return p.choice(SUNDAY_FIRST_DAYS + tuple(d[:3] for d in SUNDAY_FIRST_DAYS)) >= 0
    if letter in "aG":
        p.skip_blanks()
        index = p.choice(("AM", "PM") if letter == "a" else ("BC", "AD"))
        p.fields[letter] = index
        return index >= 0
    if letter in "zZX":
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

"""The printer-parsers of java.time.format.DateTimeFormatter and `ofPattern` compilation:
each pattern piece formats a field from `Parts` and parses it back into a context, and
describes itself as Java's `toString()` does (`Value(DayOfMonth,2)`, `Text(MonthOfYear,SHORT)`).
"""

from __future__ import annotations

from convoscript.lib.java_time.base import date_time_error, unsupported
from convoscript.lib.java_time.fields import Parts, field_value, instant_ms, parts_text
from convoscript.lib.java_time.isotext import instant_text
from convoscript.lib.java_time.zoneids import zone_id_of
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.localedates import DEFAULT, check_zone_names, time_texts, week_rules
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.runtime.door.signatures import charge
from convoscript.runtime.model.exceptions import GroovyThrowable

# ---- printer-parsers ------------------------------------------------------------------------
# the first value of each text field's texts (Era: 0 = BCE; AmPmOfDay: 0 = AM)
_TEXT_BASE = {"MonthOfYear": 1, "DayOfWeek": 1, "QuarterOfYear": 1, "Era": 0, "AmPmOfDay": 0}
# the fields whose values follow a Locale's week rules (java.time's WeekFields)
_WEEK_FIELDS = ("LocalizedDayOfWeek", "WeekOfMonth", "WeekOfWeekBasedYear", "WeekBasedYear")


def _texts(field: str, style: str, tag: str | None) -> list:
    """The texts of a field from its first value on; a `tag` of None is Java's fixed English
    (RFC_1123_DATE_TIME)."""
    return time_texts(DEFAULT if tag is None else tag, field, style)


class Value:
    """Value(Field,min,max,SignStyle): a number; `reduced` is ReducedValue's 2-digit base."""

    __slots__ = ("field", "max", "min", "reduced", "sign", "weeks")

    def __init__(
        self,
        field: str,
        min_width: int = 1,
        max_width: int = 19,
        sign: str = "NORMAL",
        reduced: int | None = None,
    ):
        self.field, self.min, self.max, self.sign, self.reduced = (
            field,
            min_width,
            max_width,
            sign,
            reduced,
        )
        self.weeks = (1, 1)  # the week rules of the formatter's Locale (the default's: Sunday, 1)

    def localized(self, tag: str) -> Value:
        """This printer-parser under a Locale's week rules."""
        if self.field not in _WEEK_FIELDS:
            return self
        copy = Value(self.field, self.min, self.max, self.sign, self.reduced)
        copy.weeks = week_rules(tag)
        return copy

    def _value(self, parts: Parts) -> int:
        if self.field in _WEEK_FIELDS and self.weeks != (1, 1) and parts.date is not None:
            field_value(parts, self.field)  # the same refusals as under the default rules
            year, month, day = parts.date
            weeks = cm.localized_weeks(year, month, day, self.weeks[0], self.weeks[1])
            return weeks[_WEEK_FIELDS.index(self.field)]
        return field_value(parts, self.field)

    def describe(self) -> str:
        if self.field in _WEEK_FIELDS:  # Java's Localized(...) printer-parser
            name = "DayOfWeek" if self.field == "LocalizedDayOfWeek" else self.field
            if self.reduced is not None:
                return f"Localized(ReducedValue({name},2,2,{self.reduced}-01-01))"
            if self.max == 19 and self.field == "WeekBasedYear":
                if self.min == 1:
                    return f"Localized({name})"
                return f"Localized({name},{self.min},19,{self.sign})"
            return f"Localized({name},{self.min})"
        if self.reduced is not None:
            return f"ReducedValue({self.field},2,2,{self.reduced}-01-01)"
        if self.min == 1 and self.max == 19 and self.sign == "NORMAL":
            return f"Value({self.field})"
        if self.min == self.max and self.sign == "NOT_NEGATIVE":
            return f"Value({self.field},{self.min})"
        return f"Value({self.field},{self.min},{self.max},{self.sign})"

    def format(self, parts: Parts) -> str:
        value = self._value(parts)
        if self.reduced is not None:
            return f"{value % 100:02d}"
        digits = str(abs(value))
        if len(digits) > self.max:
            raise date_time_error(
                f"Field {self.field} cannot be printed as the value {value} "
                f"exceeds the maximum print width of {self.max}"
            )
        digits = digits.zfill(self.min)
        if value < 0:
            if self.sign == "NOT_NEGATIVE":
                raise date_time_error(
                    f"Field {self.field} cannot be printed as the value "
                    f"{value} cannot be negative according to the SignStyle"
                )
            return "-" + digits
        if self.sign == "EXCEEDS_PAD" and self.min < len(str(value)) and self.min >= 4:
            return "+" + digits
        return digits

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        text, pos = ctx.text, ctx.pos
        sign = 1
        plus = False
        if (
            pos < len(text)
            and text[pos] in "+-"
            and (self.sign == "EXCEEDS_PAD" or self.sign == "NORMAL" and text[pos] == "-")
            and self.reduced is None
            and self.field in ("Year", "YearOfEra")
        ):
            sign = -1 if text[pos] == "-" else 1
            plus = sign == 1
            pos += 1
        low, high = (width, width) if width is not None else (self.min, self.max)
        if self.reduced is not None:
            low = high = 2
        end = pos
        while end < len(text) and end - pos < high and text[end].isascii() and text[end].isdigit():
            end += 1
        if end - pos < low:
            return False
        if self.sign == "EXCEEDS_PAD" and sign == 1 and (end - pos <= self.min) == plus:
            # Java's strict parse: more digits than the pad width need a '+', and a '+' needs
            # more digits; it fails where the value starts
            return False
        value = sign * int(text[pos:end])
        if self.reduced is not None:
            value += self.reduced
        ctx.pos = end
        return ctx.put(self.field, value)


class Text:
    """Text(Field,Style): a field's name in the formatter's Locale (`locale` None: Java's fixed
    English of RFC_1123_DATE_TIME, which no Locale changes)."""

    __slots__ = ("field", "locale", "style")

    def __init__(self, field: str, style: str, locale: str | None = DEFAULT):
        self.field, self.style, self.locale = field, style, locale

    def describe(self) -> str:
        return f"Text({self.field},{self.style})" if self.style != "FULL" else f"Text({self.field})"

    def localized(self, tag: str) -> Text:
        return self if self.locale is None else Text(self.field, self.style, tag)

    def format(self, parts: Parts) -> str:
        texts = _texts(self.field, self.style, self.locale)
        return texts[field_value(parts, self.field) - _TEXT_BASE[self.field]]

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        texts = _texts(self.field, self.style, self.locale)
        best = -1
        for index, name in enumerate(texts):
            if ctx.text.startswith(name, ctx.pos) and (best < 0 or len(name) > len(texts[best])):
                best = index
        if best < 0:
            return False
        ctx.pos += len(texts[best])
        return ctx.put(self.field, best + _TEXT_BASE[self.field])


class Fraction:
    __slots__ = ("decimal_point", "max", "min")

    def __init__(self, min_width: int, max_width: int, decimal_point: bool = False):
        self.min, self.max, self.decimal_point = min_width, max_width, decimal_point

    def describe(self) -> str:
        point = ",DecimalPoint" if self.decimal_point else ""
        return f"Fraction(NanoOfSecond,{self.min},{self.max}{point})"

    def format(self, parts: Parts) -> str:
        digits = f"{field_value(parts, 'NanoOfSecond'):09d}"[: self.max]
        digits = digits.rstrip("0").ljust(self.min, "0")
        return ("." if self.decimal_point and digits else "") + digits

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        text, pos = ctx.text, ctx.pos
        if self.decimal_point:
            if pos >= len(text) or text[pos] != ".":
                return self.min == 0
            pos += 1
        end = pos
        while end < len(text) and end - pos < self.max and text[end].isdigit():
            end += 1
        if end - pos < max(self.min, 1 if self.decimal_point else 0):
            return False
        ctx.pos = end
        return ctx.put("NanoOfSecond", int(text[pos:end].ljust(9, "0") or 0))


class Offset:
    """Offset(+HH:MM:ss,'Z'): lower-case letters are printed only when non-zero."""

    __slots__ = ("no_offset", "pattern")

    def __init__(self, pattern: str, no_offset: str):
        self.pattern, self.no_offset = pattern, no_offset

    def describe(self) -> str:
        return f"Offset({self.pattern},'{self.no_offset}')"

    def format(self, parts: Parts) -> str:
        if parts.offset is None:
            raise unsupported("Unsupported field: OffsetSeconds")
        return offset_text(parts.offset, self.pattern, self.no_offset)

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        text = ctx.text
        if self.no_offset and text.startswith(self.no_offset, ctx.pos):
            ctx.pos += len(self.no_offset)
            return ctx.put("OffsetSeconds", 0)
        if ctx.pos >= len(text) or text[ctx.pos] not in "+-":
            return False
        body = self.pattern[3:]
        colon, units = ":" in body, body.replace(":", "")
        pos = ctx.pos + 1
        hours = text[pos : pos + 2]
        if len(hours) != 2 or not hours.isdigit():
            return False
        pos += 2
        values = [int(hours), 0, 0]
        for index, unit in ((1, units[:2]), (2, units[2:4])):
            if not unit:
                break
            start = pos + (1 if colon else 0)
            chunk = text[start : start + 2]
            if (colon and not text.startswith(":", pos)) or len(chunk) != 2 or not chunk.isdigit():
                if unit.isupper():
                    return False
                break
            values[index] = int(chunk)
            pos = start + 2
        sign = -1 if text[ctx.pos] == "-" else 1
        ctx.pos = pos
        return ctx.put("OffsetSeconds", sign * (values[0] * 3600 + values[1] * 60 + values[2]))


def offset_text(seconds: int, pattern: str, no_offset: str) -> str:
    if seconds == 0:
        return no_offset
    sign = "-" if seconds < 0 else "+"
    total = abs(seconds)
    h, m, s = total // 3600, total // 60 % 60, total % 60
    colon = ":" if ":" in pattern else ""
    text = f"{sign}{h:02d}"
    body = pattern[3:].replace(":", "")
    if body[:2] == "MM" or (body[:2] == "mm" and (m or s)):
        text += f"{colon}{m:02d}"
        if body[2:4] == "SS" or (body[2:4] == "ss" and s):
            text += f"{colon}{s:02d}"
    return text


class LocalizedOffset:
    __slots__ = ("locale", "style")

    def __init__(self, style: str, locale: str = DEFAULT):
        self.style, self.locale = style, locale

    def localized(self, tag: str) -> LocalizedOffset:
        return LocalizedOffset(self.style, tag)

    def describe(self) -> str:
        return f"LocalizedOffset({self.style})"

    def format(self, parts: Parts) -> str:
        check_zone_names(self.locale)
        if parts.offset is None:
            raise unsupported("Unsupported field: OffsetSeconds")
        seconds = parts.offset
        if seconds == 0:
            return "GMT"
        sign = "-" if seconds < 0 else "+"
        h, m = abs(seconds) // 3600, abs(seconds) // 60 % 60
        if self.style == "FULL":
            return f"GMT{sign}{h:02d}:{m:02d}"
        return f"GMT{sign}{h}" + (f":{m:02d}" if m else "")

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        check_zone_names(self.locale)
        if not ctx.text.startswith("GMT", ctx.pos):
            return False
        ctx.pos += 3
        if ctx.pos < len(ctx.text) and ctx.text[ctx.pos] in "+-":
            return Offset("+HH:MM", "").parse(ctx, None)
        return ctx.put("OffsetSeconds", 0)


class ZoneText:
    __slots__ = ("locale", "style")

    def __init__(self, style: str, locale: str = DEFAULT):
        self.style, self.locale = style, locale

    def localized(self, tag: str) -> ZoneText:
        return ZoneText(self.style, tag)

    def describe(self) -> str:
        return f"ZoneText({self.style})"

    def format(self, parts: Parts) -> str:
        check_zone_names(self.locale)
        zone = parts.zone
        if zone is None:
            raise date_time_error(f"Unable to extract ZoneId from temporal {parts_text(parts)}")
        if zone.is_offset:
            return zone.zone_id
        utc_ms = instant_ms(parts)
        return zonerules.zone_name_at(zone.zone_id, zone.tz, utc_ms, self.style == "FULL")

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        check_zone_names(self.locale)
        rest, best = ctx.text[ctx.pos :], None
        for zone_id, names in ZONE_NAMES.items():
            for name in names[(2 if self.style == "FULL" else 0) :][:2]:
                if rest.startswith(name) and (best is None or len(name) > len(best[1])):
                    best = (zone_id, name)
        if best is None:
            return False
        ctx.pos += len(best[1])
        ctx.zone = zone_id_of(best[0])
        return True


class ZoneIdText:
    __slots__ = ()

    def describe(self) -> str:
        return "ZoneId()"

    def format(self, parts: Parts) -> str:
        if parts.zone is None:
            raise date_time_error(f"Unable to extract ZoneId from temporal {parts_text(parts)}")
        return parts.zone.zone_id

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        text, pos = ctx.text, ctx.pos
        end = pos
        while end < len(text) and (text[end].isalnum() or text[end] in "/_+-:~."):
            end += 1
        try:
            ctx.zone = zone_id_of(text[pos:end])
        except GroovyThrowable:
            return False
        ctx.pos = end
        return True


class Literal:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def describe(self) -> str:
        return "''" if self.text == "'" else "'" + self.text.replace("'", "''") + "'"

    def format(self, parts: Parts) -> str:
        return self.text

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        text = ctx.text
        if ctx.case_insensitive:
            matched = text[ctx.pos : ctx.pos + len(self.text)].lower() == self.text.lower()
        else:
            matched = text.startswith(self.text, ctx.pos)
        if matched:
            ctx.pos += len(self.text)
        return matched


class Optional:
    __slots__ = ("items",)

    def __init__(self, items: list):
        self.items = items

    def describe(self) -> str:
        return "[" + "".join(item.describe() for item in self.items) + "]"

    def format(self, parts: Parts) -> str:
        try:
            return "".join(item.format(parts) for item in self.items)
        except GroovyThrowable:
            return ""

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        saved = (ctx.pos, dict(ctx.fields), ctx.zone)
        if not parse_items(self.items, ctx):
            ctx.pos, ctx.fields, ctx.zone = saved
        return True


class InstantText:
    """ISO_INSTANT: the instant in UTC with 0, 3, 6 or 9 fraction digits and a 'Z'."""

    __slots__ = ()

    def describe(self) -> str:
        return "ParseCaseSensitive(false)Instant()"

    def format(self, parts: Parts) -> str:
        if parts.instant is None:
            raise unsupported("Unsupported field: InstantSeconds")
        return instant_text(*parts.instant)

    def parse(self, ctx: ParseContext, width: int | None) -> bool:
        sub = ParseContext(ctx.text, ctx.pos, True)
        if not parse_items(ISO_OFFSET_DATE_TIME_ITEMS, sub):
            ctx.pos = sub.pos  # Java reports where the inner parse failed
            return False
        f = sub.fields
        year, month, day = f.get("Year", 0), f.get("MonthOfYear", 0), f.get("DayOfMonth", 0)
        if not (1 <= month <= 12 and 1 <= day <= cm.month_length(year, month)) or not (
            f.get("HourOfDay", 0) <= 23 and f.get("MinuteOfHour", 0) <= 59
        ):
            return False  # Java fails at the instant's start when its date-time is invalid
        ctx.pos = sub.pos
        ctx.fields.update(sub.fields)
        return True


# ---- pattern compilation -------------------------------------------------------------------
def _letter(letter: str, count: int) -> object:
    def too_many() -> GroovyThrowable:
        return GroovyThrowable("IllegalArgumentException", f"Too many pattern letters: {letter}")

    def text_style(c: int) -> str:
        style = {4: "FULL", 5: "NARROW"}.get(c, "SHORT")
        return style + "_STANDALONE" if letter in "Lqc" else style

    if letter in "uy":
        field = "Year" if letter == "u" else "YearOfEra"
        if count == 2:
            return Value(field, reduced=2000)
        if count < 4:
            return Value(field, count, 19, "NORMAL")
        return Value(field, count, 19, "EXCEEDS_PAD")
    if letter == "Y":
        return (
            Value("WeekBasedYear", reduced=2000)
            if count == 2
            else Value("WeekBasedYear", count, 19, "NORMAL" if count < 4 else "EXCEEDS_PAD")
        )
    if letter in "MLQq":
        field = "MonthOfYear" if letter in "ML" else "QuarterOfYear"
        if count > 5:
            raise too_many()
        if count <= 2:
            return Value(
                field,
                count,
                count if count == 2 else 19,
                "NOT_NEGATIVE" if count == 2 else "NORMAL",
            )
        return Text(field, text_style(count))
    if letter == "G":
        if count > 5:
            raise too_many()
        return Text("Era", text_style(count))
    if letter == "E":
        if count > 5:
            raise too_many()
        return Text("DayOfWeek", text_style(count))
    if letter in "ec":
        if count > 5:
            raise too_many()
        if count <= 2:
            return Value(
                "LocalizedDayOfWeek",
                count,
                count if count == 2 else 19,
                "NOT_NEGATIVE" if count == 2 else "NORMAL",
            )
        return Text("DayOfWeek", text_style(count))
    if letter == "a":
        if count > 1:
            raise too_many()
        return Text("AmPmOfDay", "SHORT")
    simple = {
        "d": "DayOfMonth",
        "h": "ClockHourOfAmPm",
        "H": "HourOfDay",
        "k": "ClockHourOfDay",
        "K": "HourOfAmPm",
        "m": "MinuteOfHour",
        "s": "SecondOfMinute",
        "w": "WeekOfWeekBasedYear",
    }
    if letter in simple:
        if count > 2:
            raise too_many()
        return Value(
            simple[letter],
            count,
            count if count == 2 else 19,
            "NOT_NEGATIVE" if count == 2 else "NORMAL",
        )
    if letter == "W":
        if count > 1:
            raise too_many()
        return Value("WeekOfMonth")
    if letter == "D":
        if count > 3:
            raise too_many()
        return Value(
            "DayOfYear",
            count,
            {1: 19, 2: 3, 3: 3}[count],
            "NORMAL" if count == 1 else "NOT_NEGATIVE",
        )
    if letter == "S":
        return Fraction(count, count)
    if letter in "nNA":
        field = {"n": "NanoOfSecond", "N": "NanoOfDay", "A": "MilliOfDay"}[letter]
        return Value(field, count, 19, "NOT_NEGATIVE")
    if letter == "V":
        if count != 2:
            raise GroovyThrowable("IllegalArgumentException", "Pattern letter count must be 2: V")
        return ZoneIdText()
    if letter == "z":
        if count > 4:
            raise too_many()
        return ZoneText("FULL" if count == 4 else "SHORT")
    if letter == "O":
        if count not in (1, 4):
            raise GroovyThrowable(
                "IllegalArgumentException", "Pattern letter count must be 1 or 4: O"
            )
        return LocalizedOffset("FULL" if count == 4 else "SHORT")
    if letter in "Xx":
        if count > 5:
            raise too_many()
        pattern = ("+HHmm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss")[count - 1]
        if letter == "X":
            return Offset(pattern, "Z")
        return Offset(pattern, ("+00", "+0000", "+00:00", "+0000", "+00:00")[count - 1])
    if letter == "Z":
        if count > 5:
            raise too_many()
        if count == 4:
            return LocalizedOffset("FULL")
        return Offset("+HH:MM:ss", "Z") if count == 5 else Offset("+HHMM", "+0000")
    raise GroovyThrowable("IllegalArgumentException", f"Unknown pattern letter: {letter}")


def compile_pattern(pattern: str, tag: str = DEFAULT) -> list:
    """The printer-parsers of an ofPattern pattern, in the Locale `tag`."""
    items = _compile(pattern)
    return items if tag == DEFAULT else localize(items, tag)


def _compile(pattern: str) -> list:
    charge(1 + len(pattern) // 8)
    stack: list[list] = [[]]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c.isascii() and c.isalpha():
            j = i
            while j < n and pattern[j] == c:
                j += 1
            stack[-1].append(_letter(c, j - i))
            i = j
        elif c == "'":
            j, text = i + 1, []
            while True:
                if j >= n:
                    raise GroovyThrowable(
                        "IllegalArgumentException",
                        f"Pattern ends with an incomplete string literal: {pattern}",
                    )
                if pattern[j] == "'":
                    if j + 1 < n and pattern[j + 1] == "'":
                        text.append("'")
                        j += 2
                        continue
                    break
                text.append(pattern[j])
                j += 1
            stack[-1].append(Literal("".join(text) if j > i + 1 else "'"))
            i = j + 1
        elif c == "[":
            stack.append([])
            i += 1
        elif c == "]":
            if len(stack) == 1:
                raise GroovyThrowable(
                    "IllegalArgumentException",
                    "Pattern invalid as it contains ] without previous [",
                )
            items = stack.pop()
            stack[-1].append(Optional(items))
            i += 1
        elif c in "{}#":
            raise GroovyThrowable(
                "IllegalArgumentException", f"Pattern includes reserved character: '{c}'"
            )
        else:
            stack[-1].append(Literal(c))
            i += 1
    while len(stack) > 1:
        items = stack.pop()
        stack[-1].append(Optional(items))
    return stack[0]


def localize(items: list, tag: str) -> list:
    """The printer-parsers of a formatter moved to a Locale (withLocale): its texts, week rules
    and zone names."""
    out = []
    for item in items:
        if isinstance(item, Optional):
            out.append(Optional(localize(item.items, tag)))
        else:
            localized = getattr(item, "localized", None)
            out.append(item if localized is None else localized(tag))
    return out


# ---- parsing ------------------------------------------------------------------------------
class ParseContext:
    __slots__ = ("case_insensitive", "fields", "pos", "text", "zone")

    def __init__(self, text: str, pos: int = 0, case_insensitive: bool = False):
        self.text, self.pos, self.case_insensitive = text, pos, case_insensitive
        self.fields: dict[str, int] = {}
        self.zone = None

    def put(self, field: str, value: int) -> bool:
        old = self.fields.get(field)
        if old is not None and old != value:
            return False
        self.fields[field] = value
        return True


def _fixed_width(item: object) -> int | None:
    if isinstance(item, Value) and (item.min == item.max or item.reduced is not None):
        return 2 if item.reduced is not None else item.min
    return None


def parse_items(items: list, ctx: ParseContext) -> bool:
    for index, item in enumerate(items):
        width = None
        if isinstance(item, Value) and _fixed_width(item) is None:
            following = []
            for nxt in items[index + 1 :]:
                w = _fixed_width(nxt)
                if w is None:
                    break
                following.append(w)
            if following:
                end = ctx.pos
                while end < len(ctx.text) and ctx.text[end].isdigit():
                    end += 1
                width = max(end - ctx.pos - sum(following), item.min)
        if not item.parse(ctx, width):
            return False
    return True


# ---- the ISO formatters ---------------------------------------------------------------------------
def iso_date() -> list:
    return [
        Value("Year", 4, 10, "EXCEEDS_PAD"),
        Literal("-"),
        Value("MonthOfYear", 2, 2, "NOT_NEGATIVE"),
        Literal("-"),
        Value("DayOfMonth", 2, 2, "NOT_NEGATIVE"),
    ]


def iso_time() -> list:
    return [
        Value("HourOfDay", 2, 2, "NOT_NEGATIVE"),
        Literal(":"),
        Value("MinuteOfHour", 2, 2, "NOT_NEGATIVE"),
        Optional(
            [
                Literal(":"),
                Value("SecondOfMinute", 2, 2, "NOT_NEGATIVE"),
                Optional([Fraction(0, 9, True)]),
            ]
        ),
    ]


ISO_LOCAL_DATE_TIME_ITEMS = iso_date() + [Literal("T")] + iso_time()
ISO_OFFSET_DATE_TIME_ITEMS = ISO_LOCAL_DATE_TIME_ITEMS + [Offset("+HH:MM:ss", "Z")]
ZONED_ITEMS = ISO_OFFSET_DATE_TIME_ITEMS + [Optional([Literal("["), ZoneIdText(), Literal("]")])]

"""java.util.Date (with Groovy's GDK date methods) and java.text.SimpleDateFormat.

A Date is epoch milliseconds. `new Date()` is the run's now (`runcontext.now()`), never the
host clock; printing and the GDK's day arithmetic use the run's default zone.

Known gap: dates before the Gregorian cutover (1582-10-15) use the proleptic Gregorian
calendar, where Java's GregorianCalendar switches to the Julian one.
"""

from __future__ import annotations

from datetime import tzinfo

from convoscript.lib.groovy_time.durations import (
    BaseDuration,
    between,
    in_time_category,
    shift_millis,
)
from convoscript.lib.java_text import dateformat
from convoscript.lib.java_time.zoned import Instant as JavaInstant
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.gregorian import JavaCalendar, field_by_property
from convoscript.lib.java_util.locale import LOCALES, as_locale, refuse_locale, us_text_locale
from convoscript.lib.java_util.zonerules import now_millis
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime import numbers
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.hashing import long_hash, string_hash
from convoscript.runtime.door.signatures import NoSignature, arity, as_closure, as_str, charge
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure, Long, is_number

TO_STRING_PATTERN = dateformat.compile_pattern("EEE MMM dd HH:mm:ss zzz y")  # year unpadded
_SHORT_DATE = dateformat.compile_pattern("M/d/yy")
_MEDIUM_TIME = dateformat.compile_pattern("h:mm:ss a")
_SHORT_DATE_TIME = dateformat.compile_pattern("M/d/yy, h:mm:ss a")
_MESSAGE_DATE_TIME = dateformat.compile_pattern("M/d/yy, h:mm a")


def as_long(value: object) -> int:
    """A `long` parameter: Integer or Long (Java widens an int)."""
    if type(value) in (int, Long):
        return int(value)  # type: ignore[call-overload]
    raise NoSignature


class JavaDate(JavaObject):
    """java.util.Date: a mutable instant in epoch milliseconds."""

    __slots__ = ("millis",)
    java_class = "java.util.Date"
    kinds = ("Date", "Object")
    supertypes = frozenset({"java.lang.Comparable", "java.lang.Cloneable", "java.io.Serializable"})

    def __init__(self, millis: int):
        self.millis = millis

    def groovy_to_string(self) -> str:
        zone_id, tz = zonerules.default_timezone()
        return dateformat.format_millis(TO_STRING_PATTERN, self.millis, zone_id, tz)

    def message_format_text(self) -> str:
        """As java.text.MessageFormat shows a Date argument: SHORT date and time, default zone."""
        zone_id, tz = zonerules.default_timezone()
        return dateformat.format_millis(_MESSAGE_DATE_TIME, self.millis, zone_id, tz)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, JavaDate) and other.millis == self.millis

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, JavaDate):
            raise compare_error(other, "java.util.Date")
        return (self.millis > other.millis) - (self.millis < other.millis)

    def groovy_hash_code(self) -> int:

        return long_hash(self.millis)

    def groovy_json(self) -> str:
        """JsonOutput writes dates as yyyy-MM-dd'T'HH:mm:ssZ in GMT."""
        return '"' + dateformat.format_millis(_JSON_PATTERN, self.millis, "GMT", _GMT) + '"'

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.millis)


_JSON_PATTERN = dateformat.compile_pattern("yyyy-MM-dd'T'HH:mm:ssZ")
_GMT = zonerules.rules("GMT")


def as_date(value: object) -> JavaDate:
    if isinstance(value, JavaDate):
        return value
    raise NoSignature


def _date(self: object) -> JavaDate:
    return as_date(self)


# ---- day arithmetic in the default zone (Groovy's Calendar.add(DAY_OF_YEAR, n)) ----------------
def shift_days(millis: int, days: int, tz: tzinfo | None = None) -> int:
    tz = tz or zonerules.default_timezone()[1]
    local = millis + cm.offset_ms(tz, millis) + days * cm.MS_PER_DAY
    return cm.local_to_utc(tz, local, later=True)


def local_day(millis: int, tz: tzinfo) -> int:
    return (millis + cm.offset_ms(tz, millis)) // cm.MS_PER_DAY


# ---- the Date table -----------------------------------------------------------------------------
def get_time(self: object, *args: object) -> Long:
    arity(args, 0)
    return Long(_date(self).millis)


def set_time(self: object, *args: object) -> None:
    arity(args, 1)
    _date(self).millis = as_long(args[0])


def before(self: object, *args: object) -> bool:
    arity(args, 1)
    return _date(self).millis < as_date(args[0]).millis


def after(self: object, *args: object) -> bool:
    arity(args, 1)
    return _date(self).millis > as_date(args[0]).millis


def compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    return _date(self).groovy_compare_to(as_date(args[0]))


def clone(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    return JavaDate(_date(self).millis)


def format_(self: object, *args: object) -> str:
    """GDK format(pattern) in the default zone, format(pattern, TimeZone)."""
    arity(args, 1, 2)
    date = _date(self)
    tokens = dateformat.compile_pattern(as_str(args[0]))
    if len(args) == 2:
        zone = zonerules.as_timezone(args[1])
        return dateformat.format_millis(tokens, date.millis, zone.zone_id, zone.tz)
    return dateformat.format_millis(tokens, date.millis, *zonerules.default_timezone())


def _standard_format(tokens: tuple):
    def method(self: object, *args: object) -> str:
        arity(args, 0)
        return dateformat.format_millis(tokens, _date(self).millis, *zonerules.default_timezone())

    return method


def plus(self: object, *args: object) -> JavaDate:
    arity(args, 1)
    if isinstance(args[0], BaseDuration) and in_time_category():
        return JavaDate(shift_millis(_date(self).millis, args[0], 1))
    if type(args[0]) is not int:
        raise NoSignature
    return JavaDate(shift_days(_date(self).millis, args[0]))  # type: ignore[arg-type]


def minus(self: object, *args: object) -> object:
    """minus(int days) gives a Date; minus(Date) the number of calendar days between them.
    Inside `use(TimeCategory)`, minus(Date) is a TimeDuration and a duration can be taken off."""
    arity(args, 1)
    date = _date(self)
    if in_time_category():
        if isinstance(args[0], JavaDate):
            return between(date.millis, args[0].millis)
        if isinstance(args[0], BaseDuration):
            return JavaDate(shift_millis(date.millis, args[0], -1))
    if isinstance(args[0], JavaDate):
        tz = zonerules.default_timezone()[1]
        return local_day(date.millis, tz) - local_day(args[0].millis, tz)
    if type(args[0]) is not int:
        raise NoSignature
    return JavaDate(shift_days(date.millis, -args[0]))  # type: ignore[operator]


def next_(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    return JavaDate(shift_days(_date(self).millis, 1))


def previous(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    return JavaDate(shift_days(_date(self).millis, -1))


def clear_time(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    date = _date(self)
    tz = zonerules.default_timezone()[1]
    date.millis = cm.local_to_utc(tz, local_day(date.millis, tz) * cm.MS_PER_DAY, later=True)
    return date


def _step_days(self: object, args: tuple, step: int) -> None:
    arity(args, 2)
    start, stop, closure = _date(self), as_date(args[0]), as_closure(args[1])
    if (stop.millis - start.millis) * step < 0:
        which = "earlier" if step > 0 else "later"
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"The argument ({stop.groovy_to_string()}) to "
            f"{'upto' if step > 0 else 'downto'}() cannot be {which} than "
            f"the value ({start.groovy_to_string()}) it's called on.",
        )
    current = start.millis
    while (stop.millis - current) * step >= 0:
        charge(1)
        call_closure(closure, JavaDate(current))
        current = shift_days(current, step)


def upto(self: object, *args: object) -> None:
    _step_days(self, args, 1)


def downto(self: object, *args: object) -> None:
    _step_days(self, args, -1)


def _legacy_field(name: str):
    """The deprecated Date getters (getYear is year - 1900, getMonth 0-based, getDay 0=Sunday)."""

    def getter(self: object, *args: object) -> int:
        arity(args, 0)
        date = _date(self)
        f = cm.fields_at(date.millis, zonerules.default_timezone()[1])
        values = {
            "Year": f.year - 1900,
            "Month": f.month - 1,
            "Date": f.day,
            "Day": f.dow - 1,
            "Hours": f.hour,
            "Minutes": f.minute,
            "Seconds": f.second,
            "TimezoneOffset": -f.offset // 60000,
        }
        return values[name]

    return getter


def get_at(self: object, *args: object) -> int:
    """date[Calendar.YEAR]: a Calendar field in the default zone."""
    arity(args, 1)
    if type(args[0]) is not int:
        raise NoSignature
    return JavaCalendar(_date(self).millis, *zonerules.default_timezone()).get_field(args[0])


def to_calendar(self: object, *args: object) -> object:
    arity(args, 0)
    return JavaCalendar(_date(self).millis, *zonerules.default_timezone())


def _updated_millis(date: JavaDate, updates: object) -> int:
    if type(updates) is not dict:
        raise NoSignature
    cal = JavaCalendar(date.millis, *zonerules.default_timezone())
    for key, value in updates.items():  # type: ignore[union-attr]
        field = field_by_property(key)
        if field is not None:
            if type(value) is not int:
                raise GroovyThrowable(
                    "GroovyCastException", f"Cannot cast object '{value}' to class 'int'"
                )
            cal.set_field(field, value)
    return cal.time_millis()


def set_(self: object, *args: object) -> None:
    arity(args, 1)
    date = _date(self)
    date.millis = _updated_millis(date, args[0])


def updated(self: object, *args: object) -> JavaDate:
    arity(args, 1)
    return JavaDate(_updated_millis(_date(self), args[0]))


def to_instant(self: object, *args: object) -> object:
    arity(args, 0)

    millis = _date(self).millis
    return JavaInstant(millis // 1000, millis % 1000 * 1_000_000)


DATE_METHODS = {
    "getTime": get_time,
    "setTime": set_time,
    "before": before,
    "after": after,
    "compareTo": compare_to,
    "clone": clone,
    "format": format_,
    "getDateString": _standard_format(_SHORT_DATE),
    "getTimeString": _standard_format(_MEDIUM_TIME),
    "getDateTimeString": _standard_format(_SHORT_DATE_TIME),
    "plus": plus,
    "minus": minus,
    "next": next_,
    "previous": previous,
    "clearTime": clear_time,
    "upto": upto,
    "downto": downto,
    "getAt": get_at,
    "toCalendar": to_calendar,
    "set": set_,
    "updated": updated,
    "copyWith": updated,
    "toInstant": to_instant,
    **{
        f"get{name}": _legacy_field(name)
        for name in (
            "Year",
            "Month",
            "Date",
            "Day",
            "Hours",
            "Minutes",
            "Seconds",
            "TimezoneOffset",
        )
    },
}


# ---- constructors and statics ------------------------------------------------------------------
def new_date(*args: object) -> JavaDate:
    """new Date(), new Date(long millis), new Date(year - 1900, month0, day[, h, m[, s]])."""
    if not args:
        return JavaDate(now_millis())
    if len(args) == 1:
        return JavaDate(as_long(args[0]))
    if len(args) not in (3, 5, 6) or any(type(a) is not int for a in args):
        raise NoSignature
    year, month, day, *rest = args
    local = cm.local_millis(year + 1900, month + 1, day, *rest)  # type: ignore[operator]
    return JavaDate(cm.local_to_utc(zonerules.default_timezone()[1], local, later=True))


def date_parse(*args: object) -> JavaDate:
    """GDK Date.parse(format, text[, TimeZone])."""
    arity(args, 2, 3)
    formatter = SimpleDateFormat(as_str(args[0]))
    if len(args) == 3:
        zone = zonerules.as_timezone(args[2])
        formatter.zone_id, formatter.tz = zone.zone_id, zone.tz
    return JavaDate(formatter.parse(as_str(args[1])))


def date_from(*args: object) -> JavaDate:
    arity(args, 1)

    if not isinstance(args[0], JavaInstant):
        raise NoSignature
    return JavaDate(args[0].epoch_millis())


# ---- java.text.SimpleDateFormat -------------------------------------------------------------------
class SimpleDateFormat(JavaObject):
    """java.text.SimpleDateFormat in Locale.US, in the run's default zone until setTimeZone."""

    __slots__ = ("lenient", "pattern", "tokens", "tz", "uk", "zone_id")
    java_class = "java.text.SimpleDateFormat"
    kinds = ("SimpleDateFormat", "Object")
    supertypes = frozenset({"java.text.DateFormat", "java.text.Format"})

    def __init__(self, pattern: str, uk: bool = False):
        self.tokens = dateformat.compile_pattern(pattern)
        self.pattern = pattern
        self.zone_id, self.tz = zonerules.default_timezone()
        self.lenient = True
        self.uk = uk  # Locale.UK's words (formatting only)

    def format(self, millis: int) -> str:
        return dateformat.format_millis(self.tokens, millis, self.zone_id, self.tz, self.uk)

    def parse(self, text: str) -> int:
        if self.uk and dateformat.has_text_fields(self.tokens):
            raise refuse_locale(LOCALES["UK"], "words to parse dates")
        year = cm.fields_at(now_millis(), self.tz).year
        return dateformat.parse_millis(self.tokens, text, self.zone_id, self.tz, self.lenient, year)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, SimpleDateFormat) and other.pattern == self.pattern

    def groovy_hash_code(self) -> int:

        return string_hash(self.pattern)

    def groovy_to_string(self) -> str:
        return f"java.text.SimpleDateFormat@{self.groovy_hash_code() & 0xFFFFFFFF:x}"


def _sdf(self: object) -> SimpleDateFormat:
    if isinstance(self, SimpleDateFormat):
        return self
    raise NoSignature


def sdf_format(self: object, *args: object) -> str:
    arity(args, 1)

    value = args[0]
    if isinstance(value, JavaDate):
        return _sdf(self).format(value.millis)
    if is_number(value):
        return _sdf(self).format(int(numbers.to_long(value)))  # type: ignore[arg-type]
    if isinstance(value, Closure):
        raise NoSignature
    raise GroovyThrowable("IllegalArgumentException", "Cannot format given Object as a Date")


def sdf_parse(self: object, *args: object) -> JavaDate:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.length()" because "text" is null'
        )
    return JavaDate(_sdf(self).parse(as_str(args[0])))


def sdf_set_timezone(self: object, *args: object) -> None:
    arity(args, 1)
    zone = zonerules.as_timezone(args[0])
    sdf = _sdf(self)
    sdf.zone_id, sdf.tz = zone.zone_id, zone.tz


def sdf_get_timezone(self: object, *args: object) -> zonerules.JavaTimeZone:
    arity(args, 0)
    sdf = _sdf(self)
    return zonerules.JavaTimeZone(sdf.zone_id, sdf.tz)


def sdf_set_lenient(self: object, *args: object) -> None:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    _sdf(self).lenient = args[0]  # type: ignore[assignment]


def sdf_is_lenient(self: object, *args: object) -> bool:
    arity(args, 0)
    return _sdf(self).lenient


def sdf_to_pattern(self: object, *args: object) -> str:
    arity(args, 0)
    return _sdf(self).pattern


def sdf_apply_pattern(self: object, *args: object) -> None:
    arity(args, 1)
    sdf = _sdf(self)
    sdf.tokens = dateformat.compile_pattern(as_str(args[0]))
    sdf.pattern = as_str(args[0])


def new_simple_date_format(*args: object) -> SimpleDateFormat:
    """new SimpleDateFormat(), (pattern), (pattern, Locale): Locale.US's and Locale.ENGLISH's
    words, or Locale.UK's; other locales' words are not at hand and are refused."""
    arity(args, 0, 1, 2)
    if not args:
        return SimpleDateFormat("M/d/yy, h:mm a")
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    if len(args) == 2:
        pattern = as_str(args[0])
        if as_locale(args[1]).tag == "en_GB":
            return SimpleDateFormat(pattern, uk=True)
        us_text_locale(args[1])
        return SimpleDateFormat(pattern)
    return SimpleDateFormat(as_str(args[0]))


SDF_METHODS = {
    "format": sdf_format,
    "parse": sdf_parse,
    "setTimeZone": sdf_set_timezone,
    "getTimeZone": sdf_get_timezone,
    "setLenient": sdf_set_lenient,
    "isLenient": sdf_is_lenient,
    "toPattern": sdf_to_pattern,
    "applyPattern": sdf_apply_pattern,
}

METHODS = {"Date": DATE_METHODS, "SimpleDateFormat": SDF_METHODS}
STATIC_METHODS = {"java.util.Date": {"parse": date_parse, "from": date_from}}
CONSTRUCTORS = {
    "java.util.Date": new_date,
    "java.text.SimpleDateFormat": new_simple_date_format,
}

"""Representative Groovy values per Java type, for the generated surface probes and the fuzzer.

`ARGS[java type]` lists Groovy expressions a script can pass for a parameter of that type (the
ordinary value first, then edge cases: null, empty, negative, zero, Unicode with a non-BMP
character, huge numbers, boundary dates); `RECEIVERS[java type]` the values a method of that
type is called on. Every value is built from fixed literals: no current time, no unseeded
randomness, zones always named. An expression marked HUGE (by `is_huge`) is left out where a
member would turn it into a huge loop or allocation (`times`, `padLeft`, `pow`, ...).
"""

from __future__ import annotations

UNICODE = '"Ünïcödé 😀"'
INT_MAX = "2147483647"
LONG_MAX = "9223372036854775807L"
BIG_INT = "123456789012345678901234567890G"
BIG_DEC = "123456789012345678901234567890.123G"

# Expressions that are huge numbers or hold them.
HUGE = {INT_MAX, LONG_MAX, BIG_INT, BIG_DEC, "1e308d", "3.4e38f", "-2147483648"}


def is_huge(expr: str) -> bool:
    return expr in HUGE


# Members whose int parameters must stay positive: `collate(3, 0)` loops until the heap is gone.
# `unexpand(0)` never ends.
POSITIVE_INTS = {"collate", "unexpand", "expand"}


def fit(name: str, param: str, values: list[str]) -> list[str]:
    """The values of `values` that member `name` may take for a parameter of type `param`."""
    if name in POSITIVE_INTS and param in ("int", "java.lang.Integer"):
        return ["3", "1", "2"]
    return values


PARIS = 'ZoneId.of("Europe/Paris")'
DATES = [
    "new Date(0L)",
    "new Date(951825600000L)",  # 2000-02-29T12:00Z, a leap day
    "new Date(1711846800000L)",  # 2024-03-31T01:00Z, Paris springs forward
    "new Date(253402300799000L)",  # 9999-12-31T23:59:59Z
]
CALENDARS = [
    "new GregorianCalendar(2000, 1, 29)",
    "new GregorianCalendar(2024, 2, 31, 2, 30, 15)",
]
LOCAL_DATES = [
    "LocalDate.of(2024, 2, 29)",
    "LocalDate.of(1, 1, 1)",
    "LocalDate.of(9999, 12, 31)",
    "LocalDate.of(2024, 3, 31)",
]
LOCAL_DATE_TIMES = [
    "LocalDateTime.of(2024, 3, 31, 2, 30)",
    "LocalDateTime.of(2000, 2, 29, 23, 59, 59)",
    "LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999999999)",
    "LocalDateTime.of(1, 1, 1, 0, 0)",
]
LOCAL_TIMES = [
    "LocalTime.of(12, 30, 15)",
    "LocalTime.of(0, 0)",
    "LocalTime.of(23, 59, 59, 999000000)",
]
ZONED = [
    f"ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, {PARIS})",  # in the spring gap
    f"ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, {PARIS})",  # in the autumn overlap
    "ZonedDateTime.of(2000, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC)",
]
OFFSETS = [
    "OffsetDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneOffset.ofHours(-5))",
    "OffsetDateTime.of(2000, 2, 29, 23, 59, 59, 999000000, ZoneOffset.UTC)",
    'OffsetDateTime.parse("2024-10-27T02:30+02:00")',
]
INSTANTS = [
    "Instant.ofEpochSecond(0L)",
    "Instant.ofEpochMilli(951825600000L)",
    'Instant.parse("2024-03-31T01:00:00Z")',
]
DURATIONS = [
    "Duration.ofMinutes(90L)",
    "Duration.ZERO",
    "Duration.ofSeconds(-1L, 5L)",
    "Duration.ofDays(400L)",
]
PERIODS = ["Period.of(1, 2, 3)", "Period.ZERO", "Period.ofDays(-10)"]
STRINGS = ['"abc"', '""', UNICODE, '"a,b,c"', '"12"', '" Mixed Case "']
LISTS = ["[1, 2, 3]", "[]", '["b", "a"]', "[null]", "[3, 1, 2]"]
MAPS = ["[a: 1, b: 2]", "[:]", '["x": null]', '["k": "v", "n": [1, 2]]']
CLOSURES = [
    "{ it }",
    "{ it.toString().size() }",
    "{ a, b -> a <=> b }",
    "{ -> 42 }",
    '{ a, b -> "$a$b".toString() }',
]
THROWABLES = [
    'new RuntimeException("boom")',
    'new IllegalArgumentException("bad", new RuntimeException("cause"))',
    "new Exception()",
]

ARGS: dict[str, list[str]] = {
    "int": ["3", "0", "-1", INT_MAX, "1"],
    "long": ["5L", "0L", "-1L", LONG_MAX],
    "short": ["(short) 3", "(short) -1"],
    "byte": ["(byte) 1", "(byte) -1"],
    "double": ["2.5d", "0.0d", "-1.5d", "1e308d"],
    "float": ["1.5f", "0.0f", "-2.0f", "3.4e38f"],
    "boolean": ["true", "false"],
    "char": ["('a' as char)", "('Z' as char)", "('é' as char)", "(' ' as char)"],
    "java.lang.Character": ["('a' as char)", "('7' as char)", "null"],
    "java.lang.Integer": ["3", "0", "-7", "null"],
    "java.lang.Long": ["5L", "-1L", LONG_MAX],
    "java.lang.Double": ["2.5d", "-0.0d", "Double.NaN"],
    "java.lang.Float": ["1.5f", "-2.0f"],
    "java.lang.Boolean": ["true", "false", "null"],
    "java.lang.Number": ["3", "2.5G", "-1L", "1.5d", BIG_INT, "null"],
    "java.math.BigDecimal": ["2.50G", "0G", "-1.5G", BIG_DEC, "null"],
    "java.math.BigInteger": ["12G", "0G", "-3G", BIG_INT, "null"],
    "java.lang.String": ['"abc"', '""', UNICODE, '"b"', '"12"', "null"],
    "java.lang.CharSequence": ['"abc"', '""', UNICODE, 'new StringBuilder("sb")', "null"],
    "java.lang.Object": ['"abc"', "3", "null", "[1, 2]", "[a: 1]", "2.5G"],
    "java.util.Collection": LISTS + ["null"],
    "java.util.List": LISTS + ["null"],
    "java.lang.Iterable": LISTS[:3] + ["(1..3)", "null"],
    "java.util.Set": ["([2, 1] as Set)", "([] as Set)"],
    "java.util.SortedSet": ["new TreeSet([2, 1])"],
    "java.util.Map": MAPS + ["null"],
    "java.util.SortedMap": ["new TreeMap([b: 1, a: 2])"],
    "java.util.Map$Entry": ["[a: 1].entrySet().first()"],
    "java.util.Iterator": ["[1, 2].iterator()"],
    "groovy.lang.Closure": CLOSURES,
    "java.util.Comparator": [
        "({ a, b -> a <=> b } as Comparator)",
        "({ a, b -> b <=> a } as Comparator)",
    ],
    "java.util.function.Function": ["{ it }"],
    "java.util.stream.Collector": [
        "Collectors.toList()",
        'Collectors.joining(",")',
        "Collectors.groupingBy { it }",
    ],
    "java.util.function.BiFunction": ["{ a, b -> a }"],
    "java.util.function.Consumer": ["{ it }"],
    "java.util.function.BiConsumer": ["{ a, b -> a }"],
    "java.util.function.Predicate": ["{ it }"],
    "java.util.regex.Pattern": ["~/b/", "~/(\\d+)/", "~/x*/", "null"],
    "java.lang.Object[]": ['([1, "a"] as Object[])', "([] as Object[])"],
    "java.lang.CharSequence[]": ['(["a", "b"] as String[])'],
    "char[]": ["(['a', 'b'] as char[])", "([] as char[])"],
    "byte[]": ["([104, 105] as byte[])", "([] as byte[])"],
    "int[]": ["([3, 1, 2] as int[])", "([] as int[])"],
    "long[]": ["([3L, 1L] as long[])"],
    "double[]": ["([2.5d, -1.0d] as double[])"],
    "float[]": ["([2.5f] as float[])"],
    "short[]": ["([(short) 2, (short) 1] as short[])"],
    "boolean[]": ["([true, false] as boolean[])"],
    "java.math.MathContext": ["new MathContext(5)", "MathContext.DECIMAL32"],
    "java.math.RoundingMode": [
        "RoundingMode.HALF_UP",
        "RoundingMode.HALF_EVEN",
        "RoundingMode.DOWN",
    ],
    "java.time.temporal.TemporalUnit": ["ChronoUnit.DAYS", "ChronoUnit.HOURS", "ChronoUnit.MONTHS"],
    "java.time.temporal.TemporalField": ["ChronoField.YEAR", "ChronoField.DAY_OF_MONTH"],
    "java.util.Locale": ["Locale.US", "Locale.FRANCE", "Locale.ROOT", "Locale.UK"],
    "java.time.ZoneId": [PARIS, 'ZoneId.of("UTC")', "ZoneOffset.ofHours(-5)"],
    "java.time.ZoneOffset": ["ZoneOffset.UTC", "ZoneOffset.ofHours(2)"],
    "java.util.TimeZone": ['TimeZone.getTimeZone("Europe/Paris")', 'TimeZone.getTimeZone("UTC")'],
    "java.util.Date": DATES + ["null"],
    "java.util.Calendar": CALENDARS,
    "java.time.LocalDate": LOCAL_DATES,
    "java.time.LocalDateTime": LOCAL_DATE_TIMES,
    "java.time.LocalTime": LOCAL_TIMES,
    "java.time.ZonedDateTime": ZONED,
    "java.time.OffsetDateTime": OFFSETS,
    "java.time.Instant": INSTANTS,
    "java.time.Duration": DURATIONS,
    "java.time.Period": PERIODS,
    "java.time.temporal.TemporalAmount": [
        "Duration.ofHours(25L)",
        "Period.ofMonths(1)",
        "Duration.ZERO",
    ],
    "java.time.temporal.Temporal": [LOCAL_DATES[0], ZONED[0], INSTANTS[1], LOCAL_DATE_TIMES[1]],
    "java.time.temporal.TemporalAccessor": [LOCAL_DATES[0], ZONED[1]],
    "java.time.temporal.TemporalAdjuster": [
        LOCAL_DATES[0],
        "LocalTime.of(1, 2)",
        "DayOfWeek.MONDAY",
    ],
    "java.time.chrono.ChronoLocalDate": LOCAL_DATES[:3],
    "java.time.chrono.ChronoLocalDateTime": LOCAL_DATE_TIMES[:3],
    "java.time.chrono.ChronoZonedDateTime": ZONED,
    "java.time.format.DateTimeFormatter": [
        "DateTimeFormatter.ISO_LOCAL_DATE",
        'DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")',
        'DateTimeFormatter.ofPattern("EEE d MMM uuuu")',
    ],
    "java.time.format.TextStyle": ["TextStyle.FULL", "TextStyle.SHORT"],
    "java.time.Month": ["Month.FEBRUARY", "Month.DECEMBER"],
    "java.time.DayOfWeek": ["DayOfWeek.MONDAY", "DayOfWeek.SUNDAY"],
    "java.lang.Enum": ["Month.MARCH", "RoundingMode.HALF_UP"],
    "java.time.Clock": ["Clock.fixed(Instant.ofEpochSecond(0L), ZoneOffset.UTC)"],
    "java.util.Random": ["new Random(42L)"],
    "java.util.UUID": [
        'UUID.fromString("123e4567-e89b-12d3-a456-426614174000")',
        "new UUID(0L, 1L)",
    ],
    "java.lang.Class": ["String", "Integer", "List"],
    "groovy.lang.Range": ["(1..3)", "(5..<5)", "('a'..'c')", "(3..1)"],
    "groovy.lang.IntRange": ["(1..3)", "(3..1)"],
    "groovy.lang.EmptyRange": ["(1..<1)"],
    "java.lang.StringBuilder": ['new StringBuilder("abc")', "new StringBuilder()"],
    "java.lang.StringBuffer": ['new StringBuffer("ab")'],
    "java.lang.Throwable": THROWABLES + ["null"],
    "java.text.SimpleDateFormat": ['new SimpleDateFormat("yyyy-MM-dd")'],
}

RECEIVERS: dict[str, list[str]] = {
    "java.lang.String": STRINGS,
    "java.lang.CharSequence": STRINGS[:3] + ['new StringBuilder("sb c")'],
    "java.util.List": LISTS,
    "java.util.Collection": LISTS[:4] + ["([2, 1] as Set)"],
    "java.lang.Iterable": LISTS[:4] + ["(1..3)"],
    "java.util.Map": MAPS,
    "java.util.LinkedList": [
        "new LinkedList([1, 2, 3])",
        "new LinkedList()",
        'new LinkedList(["b", "a"])',
    ],
    "java.lang.StringBuilder": [
        'new StringBuilder("abc")',
        "new StringBuilder()",
        f"new StringBuilder({UNICODE})",
    ],
    "java.lang.Appendable": ['new StringBuilder("abc")'],
    "java.lang.Number": ["3", "2.5G", "-1L", "1.5d", "0", BIG_INT],
    "java.lang.Integer": ["3", "0", "-7", INT_MAX],
    "java.lang.Double": ["2.5d", "-0.0d", "Double.NaN", "1e308d"],
    "java.lang.Float": ["1.5f", "-2.0f", "0.0f"],
    "java.math.BigDecimal": ["2.50G", "0G", "-1.5G", BIG_DEC],
    "java.math.BigInteger": ["12G", "0G", "-3G", BIG_INT],
    "java.lang.Boolean": ["true", "false"],
    "java.lang.Character": ["('a' as char)", "('Z' as char)", "('7' as char)", "(' ' as char)"],
    "java.lang.Object": ['"abc"', "3", "[1, 2]", "[a: 1]", "null", "2.5G"],
    "java.lang.Object[]": [
        '([1, "a"] as Object[])',
        "([] as Object[])",
        '(["b", "a", null] as Object[])',
    ],
    "java.util.Date": DATES,
    "java.util.Calendar": CALENDARS,
    "java.util.regex.Matcher": ['("a1b22" =~ /\\d+/)', '("abc" =~ /(b)(c)/)', '("" =~ /x/)'],
    "java.util.regex.Pattern": ["~/b/", "~/(\\d+)-(\\d+)/", "~/x*/"],
    "groovy.lang.Range": ["(1..3)", "(5..<5)", "('a'..'c')", "(3..1)"],
    "groovy.lang.Closure": ["{ it }", "{ a, b -> a + b }", "{ -> 42 }"],
    "java.util.Random": ["new Random(42L)", "new Random(-1L)"],
    "java.util.TimeZone": ['TimeZone.getTimeZone("Europe/Paris")', 'TimeZone.getTimeZone("UTC")'],
    "java.text.SimpleDateFormat": [
        'new SimpleDateFormat("yyyy-MM-dd")',
        'new SimpleDateFormat("EEE, d MMM yyyy HH:mm:ss Z")',
    ],
    "groovy.json.JsonBuilder": ["new JsonBuilder([a: 1, b: [1, 2]])", "new JsonBuilder()"],
    "groovy.json.JsonSlurper": ["new JsonSlurper()"],
    "groovy.lang.MissingMethodException": [
        'new MissingMethodException("foo", String, ["a"] as Object[])'
    ],
    "groovy.lang.MissingPropertyException": ['new MissingPropertyException("p", String)'],
    "java.util.regex.PatternSyntaxException": ['new PatternSyntaxException("desc", "[", 0)'],
    "java.text.ParseException": ['new ParseException("bad", 3)'],
    "java.time.format.DateTimeParseException": ['new DateTimeParseException("bad", "x", 0)'],
    "java.lang.Throwable": THROWABLES,
    "java.lang.Enum": ["Month.MARCH", "RoundingMode.HALF_UP"],
    "java.time.temporal.ChronoUnit": ["ChronoUnit.DAYS", "ChronoUnit.HOURS", "ChronoUnit.MONTHS"],
    "java.math.MathContext": ["new MathContext(5)", "MathContext.DECIMAL32"],
    "java.util.Iterator": ["[1, 2].iterator()", "[].iterator()"],
    "java.util.Map$Entry": ["[a: 1].entrySet().first()"],
    # the classes added to the library after the first generation
    "java.util.TreeMap": ["new TreeMap([b: 2, d: 4, f: 6])", "new TreeMap()"],
    "java.util.TreeSet": ["new TreeSet([3, 1, 2])", "new TreeSet()"],
    "java.util.HashMap": ["new HashMap([b: 2, a: 1])", "new HashMap()"],
    "java.util.ArrayDeque": ["new ArrayDeque([1, 2, 3])", "new ArrayDeque()"],
    "java.util.PriorityQueue": ["new PriorityQueue([3, 1, 2, 5])", "new PriorityQueue()"],
    "java.util.GregorianCalendar": CALENDARS,
    "java.util.EnumMap": ["new EnumMap([(Month.MARCH): 1, (Month.JANUARY): 2])"],
    "java.util.EnumSet": ["EnumSet.of(Month.MARCH, Month.JANUARY)", "EnumSet.noneOf(Month)"],
    "java.time.YearMonth": ["YearMonth.of(2024, 2)", "YearMonth.of(2023, 12)"],
    "java.time.Year": ["Year.of(2024)", "Year.of(1900)"],
    "java.time.MonthDay": ["MonthDay.of(2, 29)", "MonthDay.of(12, 31)"],
    "java.text.DecimalFormat": ['new DecimalFormat("#,##0.00")', 'new DecimalFormat("0.###E0")'],
    "java.text.DecimalFormatSymbols": ["new DecimalFormatSymbols(Locale.US)"],
    "java.util.Currency": ['Currency.getInstance("EUR")', 'Currency.getInstance("JPY")'],
    "java.io.StringWriter": ["new StringWriter()", '(new StringWriter() << "ab")'],
    "java.io.Writer": ["new StringWriter()"],
    # a GroovyPrintWriter is only the one withPrintWriter hands its closure (here returned by it)
    "groovy.io.GroovyPrintWriter": ["new StringWriter().withPrintWriter { it }"],
    "java.io.PrintWriter": ["new StringWriter().withPrintWriter { it }"],
    "java.text.Normalizer$Form": ["Normalizer.Form.NFD", "Normalizer.Form.NFKC"],
    "groovy.util.OrderBy": ["new OrderBy({ it.size() })"],
    "groovy.lang.MapWithDefault": ["[a: 1].withDefault { 0 }"],
    "java.util.LinkedHashMap$LinkedKeySet": ["[a: 1, b: 2].keySet()"],
    "java.util.LinkedHashMap$LinkedEntrySet": ["[a: 1, b: 2].entrySet()"],
    "java.util.stream.IntStream": ['"abc".chars()', '"a😀".codePoints()'],
    "java.util.stream.Stream": ["[3, 1, 2].stream()", "[].stream()"],
    "java.util.Optional": ["Optional.of(5)", "Optional.empty()"],
    "java.time.zone.ZoneRules": ['ZoneId.of("Europe/Paris").rules', "ZoneOffset.ofHours(2).rules"],
    "java.text.DateFormatSymbols": ["new DateFormatSymbols(Locale.FRENCH)", "new DateFormatSymbols()"],
    "java.util.OptionalInt": ['"abc".chars().max()', '"".chars().max()'],
    "java.util.OptionalDouble": ['"abc".chars().average()', '"".chars().average()'],
    "groovy.time.Duration": ["new groovy.time.Duration(1, 2, 3, 4, 5)"],
    "groovy.time.BaseDuration": ["new groovy.time.TimeDuration(1, 2, 3, 4)"],
    "groovy.time.DatumDependentDuration": [
        "new groovy.time.DatumDependentDuration(0, 1, 2, 3, 4, 5, 6)"
    ],
    "groovy.time.BaseDuration$From": ["new groovy.time.Duration(1, 0, 0, 0, 0).from"],
    "java.lang.Thread$State": ["Thread.State.NEW", "Thread.State.TIMED_WAITING"],
}
# Receivers of the remaining types are their argument values without null.
for _type, _values in ARGS.items():
    RECEIVERS.setdefault(_type, [v for v in _values if v != "null"])

# Simple names of the classes the values above and the probes may name, with their package:
# an import is written for each one a script uses that Groovy does not import by default.
IMPORTS = {
    "Normalizer": "java.text.Normalizer",
    "Collectors": "java.util.stream.Collectors",
    "DateFormatSymbols": "java.text.DateFormatSymbols",
    "Clock": "java.time.Clock",
    "DayOfWeek": "java.time.DayOfWeek",
    "Duration": "java.time.Duration",
    "Instant": "java.time.Instant",
    "LocalDate": "java.time.LocalDate",
    "LocalDateTime": "java.time.LocalDateTime",
    "LocalTime": "java.time.LocalTime",
    "Month": "java.time.Month",
    "Period": "java.time.Period",
    "ZoneId": "java.time.ZoneId",
    "ZoneOffset": "java.time.ZoneOffset",
    "ZonedDateTime": "java.time.ZonedDateTime",
    "OffsetDateTime": "java.time.OffsetDateTime",
    "DateTimeFormatter": "java.time.format.DateTimeFormatter",
    "DateTimeParseException": "java.time.format.DateTimeParseException",
    "TextStyle": "java.time.format.TextStyle",
    "ChronoUnit": "java.time.temporal.ChronoUnit",
    "ChronoField": "java.time.temporal.ChronoField",
    "Matcher": "java.util.regex.Matcher",
    "Pattern": "java.util.regex.Pattern",
    "PatternSyntaxException": "java.util.regex.PatternSyntaxException",
    "SimpleDateFormat": "java.text.SimpleDateFormat",
    "ParseException": "java.text.ParseException",
    "MathContext": "java.math.MathContext",
    "RoundingMode": "java.math.RoundingMode",
    "JsonBuilder": "groovy.json.JsonBuilder",
    "JsonSlurper": "groovy.json.JsonSlurper",
    "JsonOutput": "groovy.json.JsonOutput",
    "JsonException": "groovy.json.JsonException",
    "YearMonth": "java.time.YearMonth",
    "Year": "java.time.Year",
    "MonthDay": "java.time.MonthDay",
    "DecimalFormat": "java.text.DecimalFormat",
    "DecimalFormatSymbols": "java.text.DecimalFormatSymbols",
    "OrderBy": "groovy.util.OrderBy",
    "ArrayDeque": "java.util.ArrayDeque",
    "PriorityQueue": "java.util.PriorityQueue",
}

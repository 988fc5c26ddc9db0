"""java.time: LocalDate, LocalTime, LocalDateTime, ZonedDateTime, Instant, ZoneId, Duration, Period, the enums and DateTimeFormatter against Groovy.

Rows: (Groovy snippet, what real Groovy 2.4.21 on JDK 17 printed for it); see gdk_snippets.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

CASES = [
    ("LocalDate.of(2024, 2, 29)", "2024-02-29 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).plusYears(1)", "2025-02-28 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).plusDays(1)", "2024-03-01 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).minusDays(60)", "2023-12-31 | java.time.LocalDate"),
    ("LocalDate.of(2024, 1, 31).plusMonths(1)", "2024-02-29 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).plusWeeks(1)", "2024-03-07 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).dayOfWeek", "THURSDAY | java.time.DayOfWeek"),
    ("LocalDate.of(2024, 2, 29).dayOfWeek.value", "4 | java.lang.Integer"),
    (
        "[LocalDate.of(2024, 2, 29).month, LocalDate.of(2024, 2, 29).monthValue, LocalDate.of(2024, 2, 29).dayOfYear, LocalDate.of(2024, 2, 29).lengthOfMonth()]",
        "[FEBRUARY, 2, 60, 29] | java.util.ArrayList",
    ),
    ("LocalDate.of(2024, 2, 29).isLeapYear()", "true | java.lang.Boolean"),
    ("LocalDate.of(2024, 2, 29).isBefore(LocalDate.of(2024, 3, 1))", "true | java.lang.Boolean"),
    ("LocalDate.of(2024, 2, 29) < LocalDate.of(2024, 3, 1)", "true | java.lang.Boolean"),
    ("LocalDate.of(2024, 2, 29) == LocalDate.of(2024, 2, 29)", "true | java.lang.Boolean"),
    ("LocalDate.of(2024, 2, 29).compareTo(LocalDate.of(2024, 3, 10))", "-1 | java.lang.Integer"),
    ("LocalDate.of(2024, 2, 29).hashCode()", "4145309 | java.lang.Integer"),
    (
        "LocalDate.of(2024, 2, 29) + 1",
        "MissingMethodException: No signature of method: java.time.LocalDate.plus() is applicable for argument types: (java.lang.Integer) values: [1]",
    ),
    ('LocalDate.parse("2024-03-05")', "2024-03-05 | java.time.LocalDate"),
    (
        'LocalDate.parse("2024-3-5")',
        "DateTimeParseException: Text '2024-3-5' could not be parsed at index 5",
    ),
    (
        'LocalDate.parse("2023-02-29")',
        "DateTimeParseException: Text '2023-02-29' could not be parsed: Invalid date 'February 29' as '2023' is not a leap year",
    ),
    (
        'LocalDate.parse("2023-04-01x")',
        "DateTimeParseException: Text '2023-04-01x' could not be parsed, unparsed text found at index 10",
    ),
    (
        'LocalDate.parse("05/03/2024", DateTimeFormatter.ofPattern("dd/MM/yyyy"))',
        "2024-03-05 | java.time.LocalDate",
    ),
    (
        'LocalDate.parse("2023-02-29", DateTimeFormatter.ofPattern("yyyy-MM-dd"))',
        "2023-02-28 | java.time.LocalDate",
    ),
    (
        'LocalDate.parse("2023-04-32", DateTimeFormatter.ofPattern("yyyy-MM-dd"))',
        "DateTimeParseException: Text '2023-04-32' could not be parsed: Invalid value for DayOfMonth (valid values 1 - 28/31): 32",
    ),
    (
        'LocalDate.parse("01 feb 2024", DateTimeFormatter.ofPattern("dd MMM yyyy"))',
        "DateTimeParseException: Text '01 feb 2024' could not be parsed at index 3",
    ),
    (
        'LocalDate.parse("20240201", DateTimeFormatter.ofPattern("yyyyMMdd"))',
        "2024-02-01 | java.time.LocalDate",
    ),
    (
        'LocalDate.parse("1/2/2024", DateTimeFormatter.ofPattern("d/M/yyyy"))',
        "2024-02-01 | java.time.LocalDate",
    ),
    (
        'LocalDate.parse("01/02/99", DateTimeFormatter.ofPattern("dd/MM/yy"))',
        "2099-02-01 | java.time.LocalDate",
    ),
    (
        'LocalDate.parse("10:30", DateTimeFormatter.ofPattern("HH:mm"))',
        "DateTimeParseException: Text '10:30' could not be parsed: Unable to obtain LocalDate from TemporalAccessor: {},ISO resolved to 10:30 of type java.time.format.Parsed",
    ),
    (
        "LocalDate.of(2023, 2, 29)",
        "DateTimeException: Invalid date 'February 29' as '2023' is not a leap year",
    ),
    (
        "LocalDate.of(2023, 13, 1)",
        "DateTimeException: Invalid value for MonthOfYear (valid values 1 - 12): 13",
    ),
    ("LocalDate.of(2024, 4, 31)", "DateTimeException: Invalid date 'APRIL 31'"),
    (
        "LocalDate.of(2024, 1, 32)",
        "DateTimeException: Invalid value for DayOfMonth (valid values 1 - 28/31): 32",
    ),
    ("LocalDate.of(2023, Month.MARCH, 29)", "2023-03-29 | java.time.LocalDate"),
    (
        'LocalDate.of(2024, 2, 29).format(DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu"))',
        "Thursday, February 29, 2024 | java.lang.String",
    ),
    (
        "LocalDate.of(2024, 2, 29).format(DateTimeFormatter.ISO_LOCAL_DATE)",
        "2024-02-29 | java.lang.String",
    ),
    (
        "LocalDate.of(2024, 2, 29).format(DateTimeFormatter.BASIC_ISO_DATE)",
        "20240229 | java.lang.String",
    ),
    ("LocalDate.of(2024, 2, 29).atStartOfDay()", "2024-02-29T00:00 | java.time.LocalDateTime"),
    ("LocalDate.of(2024, 2, 29).atTime(10, 5)", "2024-02-29T10:05 | java.time.LocalDateTime"),
    (
        "LocalDate.of(2024, 2, 1).withDayOfMonth(30)",
        "DateTimeException: Invalid date 'FEBRUARY 30'",
    ),
    ("LocalDate.of(2024, 1, 31).withMonth(2)", "2024-02-29 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).until(LocalDate.of(2025, 3, 1))", "P1Y1D | java.time.Period"),
    (
        "LocalDate.of(2024, 2, 29).until(LocalDate.of(2025, 3, 1), ChronoUnit.DAYS)",
        "366 | java.lang.Long",
    ),
    (
        "ChronoUnit.MONTHS.between(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))",
        "0 | java.lang.Long",
    ),
    (
        "ChronoUnit.YEARS.between(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 28))",
        "3 | java.lang.Long",
    ),
    (
        "ChronoUnit.HOURS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3))",
        "UnsupportedTemporalTypeException: Unsupported unit: Hours",
    ),
    (
        "ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), LocalDateTime.of(2024, 1, 3, 0, 0))",
        "2 | java.lang.Long",
    ),
    (
        "ChronoUnit.HOURS.between(LocalDateTime.of(2024, 1, 1, 10, 30), LocalDateTime.of(2024, 1, 2, 10, 29))",
        "23 | java.lang.Long",
    ),
    (
        "ChronoUnit.MINUTES.between(LocalTime.of(10, 30), LocalTime.of(9, 0))",
        "-90 | java.lang.Long",
    ),
    (
        'ChronoUnit.HOURS.between(ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ZoneId.of("America/New_York")), ZonedDateTime.of(2024, 3, 10, 12, 0, 0, 0, ZoneId.of("America/New_York")))',
        "23 | java.lang.Long",
    ),
    (
        "Period.between(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 2, 29))",
        "P-3M-2D | java.time.Period",
    ),
    ("Period.of(1, 2, 3)", "P1Y2M3D | java.time.Period"),
    ("Period.ZERO", "P0D | java.time.Period"),
    ("LocalDate.of(2024, 2, 29).toEpochDay()", "19782 | java.lang.Long"),
    (
        "[LocalDate.of(10000, 1, 1), LocalDate.of(-5, 1, 1), LocalDate.MIN]",
        "[+10000-01-01, -0005-01-01, -999999999-01-01] | java.util.ArrayList",
    ),
    ("LocalDate.of(2024, 2, 29).plus(Period.ofDays(3))", "2024-03-03 | java.time.LocalDate"),
    ("LocalDate.of(2024, 2, 29).minus(3, ChronoUnit.MONTHS)", "2023-11-29 | java.time.LocalDate"),
    (
        "LocalDate.of(2024, 1, 1).plus(1, ChronoUnit.HOURS)",
        "UnsupportedTemporalTypeException: Unsupported unit: Hours",
    ),
    (
        "LocalDate.of(2024, 1, 1).plus(Duration.ofDays(1))",
        "UnsupportedTemporalTypeException: Unsupported unit: Seconds",
    ),
    (
        "[LocalDateTime.of(2024, 2, 29, 13, 5), LocalDateTime.of(2024, 2, 29, 13, 5, 7), LocalDateTime.of(2024, 2, 29, 13, 5, 7, 1000), LocalDateTime.of(2024, 2, 29, 13, 5, 7, 120000000)]",
        "[2024-02-29T13:05, 2024-02-29T13:05:07, 2024-02-29T13:05:07.000001, 2024-02-29T13:05:07.120] | java.util.ArrayList",
    ),
    (
        'LocalDateTime.parse("2024-02-29T13:05:07.5")',
        "2024-02-29T13:05:07.500 | java.time.LocalDateTime",
    ),
    (
        'LocalDateTime.parse("2024-02-29 13:05")',
        "DateTimeParseException: Text '2024-02-29 13:05' could not be parsed at index 10",
    ),
    (
        'LocalDateTime.parse("2024-01-02 10:30 PM", DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a"))',
        "2024-01-02T22:30 | java.time.LocalDateTime",
    ),
    (
        'LocalDateTime.parse("2024-01-02", DateTimeFormatter.ofPattern("yyyy-MM-dd"))',
        "DateTimeParseException: Text '2024-01-02' could not be parsed: Unable to obtain LocalDateTime from TemporalAccessor: {},ISO resolved to 2024-01-02 of type java.time.format.Parsed",
    ),
    (
        "LocalDateTime.of(2024, 2, 29, 23, 5).plusHours(2)",
        "2024-03-01T01:05 | java.time.LocalDateTime",
    ),
    (
        'LocalDateTime.of(2024, 2, 29, 23, 5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss a hh"))',
        "2024-02-29 23:05:00 PM 11 | java.lang.String",
    ),
    (
        'LocalDateTime.of(2024, 2, 29, 23, 5).atZone(ZoneId.of("Europe/Paris"))',
        "2024-02-29T23:05+01:00[Europe/Paris] | java.time.ZonedDateTime",
    ),
    (
        "LocalDateTime.of(2024, 2, 29, 23, 5, 7).truncatedTo(ChronoUnit.HOURS)",
        "2024-02-29T23:00 | java.time.LocalDateTime",
    ),
    (
        "LocalDateTime.of(2024, 1, 31, 0, 0).plus(Period.ofMonths(1))",
        "2024-02-29T00:00 | java.time.LocalDateTime",
    ),
    ("LocalDateTime.of(2024, 1, 1, 10, 30).hashCode()", "-5377503 | java.lang.Integer"),
    (
        "[LocalTime.of(9, 30), LocalTime.of(9, 30, 15), LocalTime.of(1, 2, 0, 5), LocalTime.of(1, 2, 3, 5000000)]",
        "[09:30, 09:30:15, 01:02:00.000000005, 01:02:03.005] | java.util.ArrayList",
    ),
    ("LocalTime.of(23, 30).plusHours(2)", "01:30 | java.time.LocalTime"),
    (
        'LocalTime.of(9, 30).format(DateTimeFormatter.ofPattern("h:mm a"))',
        "9:30 AM | java.lang.String",
    ),
    (
        "LocalTime.of(25, 0)",
        "DateTimeException: Invalid value for HourOfDay (valid values 0 - 23): 25",
    ),
    ('LocalTime.parse("10:30:15.25")', "10:30:15.250 | java.time.LocalTime"),
    (
        'LocalTime.parse("25:00")',
        "DateTimeParseException: Text '25:00' could not be parsed: Invalid value for HourOfDay (valid values 0 - 23): 25",
    ),
    (
        "[LocalTime.NOON, LocalTime.MIDNIGHT, LocalTime.MAX]",
        "[12:00, 00:00, 23:59:59.999999999] | java.util.ArrayList",
    ),
    ("LocalTime.of(10, 30).hashCode()", "-7163296 | java.lang.Integer"),
    (
        '[ZoneId.of("America/New_York"), ZoneId.of("Z"), ZoneId.of("+05:30"), ZoneId.of("UTC"), ZoneId.of("GMT+5")]',
        "[America/New_York, Z, +05:30, UTC, GMT+05:00] | java.util.ArrayList",
    ),
    ('ZoneId.of("+05:30").getClass().name', "java.time.ZoneOffset | java.lang.String"),
    ('ZoneId.of("Mars/Base")', "ZoneRulesException: Unknown time-zone ID: Mars/Base"),
    ('ZoneId.of("PST")', "ZoneRulesException: Unknown time-zone ID: PST"),
    (
        'ZoneId.of("abc def")',
        "DateTimeException: Invalid ID for region-based ZoneId, invalid format: abc def",
    ),
    (
        'ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("America/New_York"))',
        "2024-02-29T13:05-05:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("America/New_York")).withZoneSameInstant(ZoneId.of("Asia/Tokyo"))',
        "2024-03-01T03:05+09:00[Asia/Tokyo] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("America/New_York")).toInstant()',
        "2024-02-29T18:05:00Z | java.time.Instant",
    ),
    (
        'ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("America/New_York")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z VV xxx XXX Z O"))',
        "2024-02-29 13:05 EST America/New_York -05:00 -05:00 -0500 GMT-5 | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 7, 4, 15, 5, 9, 123456789, ZoneId.of("America/New_York")).format(DateTimeFormatter.ofPattern("G u uu y yy M MM MMM MMMM MMMMM d dd D E EEEE EEEEE a h hh H k K m s S SSS n N A z zzzz O OOOO X XX XXX x xx xxx Z ZZZZ ZZZZZ Q QQQ QQQQ e eee c"))',
        "AD 2024 24 2024 24 7 07 Jul July J 4 04 186 Thu Thursday T PM 3 03 15 15 3 5 9 1 123 123456789 54309123456789 54309123 EDT Eastern Daylight Time GMT-4 GMT-04:00 -04 -0400 -04:00 -04 -0400 -04:00 -0400 GMT-04:00 -04:00 3 Q3 3rd quarter 5 Thu 5 | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 7, 4, 15, 5, 9, 0, ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("z zzzz O OOOO X XX XXX x xx xxx Z ZZZZ ZZZZZ VV"))',
        "UTC Coordinated Universal Time GMT GMT Z Z Z +00 +0000 +00:00 +0000 GMT Z UTC | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 7, 4, 15, 5, 9, 0, ZoneOffset.ofHoursMinutes(5, 30)).format(DateTimeFormatter.ofPattern("z zzzz O OOOO X XX XXX x Z ZZZZ VV"))',
        "+05:30 +05:30 GMT+5:30 GMT+05:30 +0530 +0530 +05:30 +0530 +0530 GMT+05:30 +05:30 | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("America/New_York")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)',
        "2024-02-29T13:05:00-05:00 | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 5000, ZoneId.of("Asia/Kolkata")).format(DateTimeFormatter.ISO_ZONED_DATE_TIME)',
        "2024-01-01T00:00:00.000005+05:30[Asia/Kolkata] | java.lang.String",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Kolkata")).format(DateTimeFormatter.RFC_1123_DATE_TIME)',
        "Mon, 1 Jan 2024 00:00:00 +0530 | java.lang.String",
    ),
    (
        '[ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneId.of("UTC")), ZonedDateTime.of(2024, 2, 29, 13, 5, 0, 0, ZoneOffset.UTC)]',
        "[2024-02-29T13:05Z[UTC], 2024-02-29T13:05Z] | java.util.ArrayList",
    ),
    (
        'ZonedDateTime.parse("2024-02-29T13:05-05:00[America/New_York]")',
        "2024-02-29T13:05-05:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.parse("2024-01-02T10:30:00+01:00")',
        "2024-01-02T10:30+01:00 | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ZoneId.of("America/New_York")).plusDays(1)',
        "2024-03-10T12:00-04:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ZoneId.of("America/New_York")).plusHours(24)',
        "2024-03-10T13:00-04:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneId.of("America/New_York"))',
        "2024-03-10T03:30-04:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 11, 3, 1, 30, 0, 0, ZoneId.of("America/New_York"))',
        "2024-11-03T01:30-04:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 11, 2, 1, 30, 0, 0, ZoneId.of("America/New_York")).plusDays(1)',
        "2024-11-03T01:30-04:00[America/New_York] | java.time.ZonedDateTime",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")) == ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)',
        "false | java.lang.Boolean",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).isEqual(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))',
        "true | java.lang.Boolean",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).hashCode()',
        "3476577 | java.lang.Integer",
    ),
    (
        'ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Kolkata")).toEpochSecond()',
        "1704047400 | java.lang.Long",
    ),
    (
        "[Instant.ofEpochMilli(1700000000123L), Instant.ofEpochSecond(0, 5), Instant.ofEpochSecond(-1), Instant.ofEpochSecond(253402300800L)]",
        "[2023-11-14T22:13:20.123Z, 1970-01-01T00:00:00.000000005Z, 1969-12-31T23:59:59Z, +10000-01-01T00:00:00Z] | java.util.ArrayList",
    ),
    ('Instant.parse("2024-01-02T10:30:00+01:00")', "2024-01-02T09:30:00Z | java.time.Instant"),
    ('Instant.parse("2023-11-14T22:13:20Z").toEpochMilli()', "1700000000000 | java.lang.Long"),
    (
        'Instant.ofEpochSecond(1700000000L).atZone(ZoneId.of("Asia/Kolkata"))',
        "2023-11-15T03:43:20+05:30[Asia/Kolkata] | java.time.ZonedDateTime",
    ),
    (
        "Instant.ofEpochSecond(0).plus(1, ChronoUnit.DAYS)",
        "1970-01-02T00:00:00Z | java.time.Instant",
    ),
    (
        "Instant.ofEpochSecond(0).plus(1, ChronoUnit.MONTHS)",
        "UnsupportedTemporalTypeException: Unsupported unit: Months",
    ),
    ("Instant.ofEpochMilli(1700000000123L).hashCode()", "-616934592 | java.lang.Integer"),
    (
        "[Duration.between(LocalDateTime.of(2024, 2, 29, 13, 5), LocalDateTime.of(2024, 3, 1, 15, 7, 30)), Duration.ofMinutes(90), Duration.ofMillis(1500), Duration.ofDays(2), Duration.ofSeconds(-90), Duration.ofMillis(-1500), Duration.ZERO]",
        "[PT26H2M30S, PT1H30M, PT1.5S, PT48H, PT-1M-30S, PT-1.5S, PT0S] | java.util.ArrayList",
    ),
    (
        "[Duration.ofSeconds(3661).toMinutes(), Duration.ofSeconds(3661).toHours(), Duration.ofSeconds(3661).seconds, Duration.ofSeconds(3661).toMillis()]",
        "[61, 1, 3661, 3661000] | java.util.ArrayList",
    ),
    (
        "def d = Duration.ofSeconds(93784); [d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()]",
        "[1, 2, 3, 4] | java.util.ArrayList",
    ),
    ('Duration.parse("PT1H30M")', "PT1H30M | java.time.Duration"),
    ("Duration.ofSeconds(3661) > Duration.ofHours(1)", "true | java.lang.Boolean"),
    ("Duration.ofMinutes(5) + Duration.ofMinutes(3)", "PT8M | java.time.Duration"),
    (
        "Duration.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2))",
        "UnsupportedTemporalTypeException: Unsupported unit: Seconds",
    ),
    ("Duration.between(LocalTime.of(10, 0), LocalTime.of(9, 0))", "PT-1H | java.time.Duration"),
    (
        "Duration.between(LocalDateTime.of(2024, 1, 1, 0, 0), Instant.ofEpochSecond(0))",
        "DateTimeException: Unable to obtain LocalDateTime from TemporalAccessor: 1970-01-01T00:00:00Z of type java.time.Instant",
    ),
    ("Duration.ofMillis(1500).hashCode()", "-269803775 | java.lang.Integer"),
    (
        "[DayOfWeek.SUNDAY.plus(1), Month.FEBRUARY.plus(11), DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT, Locale.US)]",
        "[MONDAY, JANUARY, Mon] | java.util.ArrayList",
    ),
    (
        'DayOfWeek.valueOf("FRI")',
        "IllegalArgumentException: No enum constant java.time.DayOfWeek.FRI",
    ),
    ("DayOfWeek.of(8)", "DateTimeException: Invalid value for DayOfWeek: 8"),
    (
        "LocalDate.of(2024, 2, 29).dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]",
        "false | java.lang.Boolean",
    ),
    ("def m = Month.DECEMBER; m++; m", "JANUARY | java.time.Month"),
    ("[ChronoUnit.DAYS.toString(), ChronoUnit.DAYS.name()]", "[Days, DAYS] | java.util.ArrayList"),
    (
        'DateTimeFormatter.ofPattern("dd/MM/yyyy")',
        "Value(DayOfMonth,2)'/'Value(MonthOfYear,2)'/'Value(YearOfEra,4,19,EXCEEDS_PAD) | java.time.format.DateTimeFormatter",
    ),
    (
        "DateTimeFormatter.ofPattern(\"yyyy-MM-dd HH:mm:ss.SSS a EEE MMM z 'x'\")",
        "Value(YearOfEra,4,19,EXCEEDS_PAD)'-'Value(MonthOfYear,2)'-'Value(DayOfMonth,2)' 'Value(HourOfDay,2)':'Value(MinuteOfHour,2)':'Value(SecondOfMinute,2)'.'Fraction(NanoOfSecond,3,3)' 'Text(AmPmOfDay,SHORT)' 'Text(DayOfWeek,SHORT)' 'Text(MonthOfYear,SHORT)' 'ZoneText(SHORT)' ''x' | java.time.format.DateTimeFormatter",
    ),
    (
        "DateTimeFormatter.ISO_LOCAL_DATE_TIME",
        "ParseCaseSensitive(false)(Value(Year,4,10,EXCEEDS_PAD)'-'Value(MonthOfYear,2)'-'Value(DayOfMonth,2))'T'(Value(HourOfDay,2)':'Value(MinuteOfHour,2)[':'Value(SecondOfMinute,2)[Fraction(NanoOfSecond,0,9,DecimalPoint)]]) | java.time.format.DateTimeFormatter",
    ),
    (
        'DateTimeFormatter.ofPattern("yyyy-qq-bb")',
        "IllegalArgumentException: Unknown pattern letter: b",
    ),
    ('DateTimeFormatter.ofPattern("ddd")', "IllegalArgumentException: Too many pattern letters: d"),
    (
        'DateTimeFormatter.ofPattern("yyyy#")',
        "IllegalArgumentException: Pattern includes reserved character: '#'",
    ),
    (
        'DateTimeFormatter.ofPattern("yyyy\'T")',
        "IllegalArgumentException: Pattern ends with an incomplete string literal: yyyy'T",
    ),
    (
        'DateTimeFormatter.ofPattern("HH:mm").format(LocalDate.of(2024, 1, 1))',
        "UnsupportedTemporalTypeException: Unsupported field: HourOfDay",
    ),
    (
        'LocalDateTime.of(2024, 1, 1, 0, 0).format(DateTimeFormatter.ofPattern("z"))',
        "DateTimeException: Unable to extract ZoneId from temporal 2024-01-01T00:00",
    ),
    (
        "LocalDateTime.of(2024, 1, 1, 10, 0).format(DateTimeFormatter.ofPattern(\"yyyy-MM-dd['T'HH:mm][xxx]\"))",
        "2024-01-01T10:00 | java.lang.String",
    ),
    (
        'DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo")).format(Instant.ofEpochSecond(0))',
        "1970-01-01 09:00 | java.lang.String",
    ),
    (
        'DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.ofEpochSecond(0))',
        "UnsupportedTemporalTypeException: Unsupported field: YearOfEra",
    ),
    (
        'LocalDate.of(12345, 1, 1).format(DateTimeFormatter.ofPattern("yyyy uuuu yy y"))',
        "+12345 +12345 45 12345 | java.lang.String",
    ),
    (
        "JsonOutput.toJson([t: LocalTime.of(1, 0), i: Instant.ofEpochSecond(0), d: DayOfWeek.MONDAY])",
        '{"t":{"second":0,"hour":1,"nano":0,"minute":0},"i":{"epochSecond":0,"nano":0},"d":"MONDAY"} | java.lang.String',
    ),
    ("JsonOutput.toJson(LocalDate.of(2024, 1, 1))", "StackOverflowError: null"),
    ("LocalDate.of(2024, 1, 1) instanceof java.time.temporal.Temporal", "true | java.lang.Boolean"),
    ("ZoneOffset.ofHours(-5)", "-05:00 | java.time.ZoneOffset"),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_matches_groovy(snippet: str, expected: str) -> None:
    assert outcome(snippet) == expected

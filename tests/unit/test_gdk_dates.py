"""java.util.Date (with the GDK date methods), java.text.SimpleDateFormat, TimeZone and Calendar against Groovy.

Rows: (Groovy snippet, what real Groovy 2.4.21 on JDK 17 printed for it); see gdk_snippets.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

CASES = [
    ("new Date(1700000000000L)", "Tue Nov 14 22:13:20 UTC 2023 | java.util.Date"),
    ("new Date(1700000000000L).time", "1700000000000 | java.lang.Long"),
    ("new Date(0).getTime() + 1", "1 | java.lang.Long"),
    (
        "new Date(1700000000000L).format(\"yyyy-MM-dd'T'HH:mm:ss.SSSZ\")",
        "2023-11-14T22:13:20.000+0000 | java.lang.String",
    ),
    (
        'new Date(1700000000000L).format("EEE, d MMM yyyy HH:mm z", TimeZone.getTimeZone("America/New_York"))',
        "Tue, 14 Nov 2023 17:13 EST | java.lang.String",
    ),
    (
        'new Date(1720000000000L).format("zzzz", TimeZone.getTimeZone("America/New_York"))',
        "Eastern Daylight Time | java.lang.String",
    ),
    (
        'new Date(1700000000000L).format("EEEE MMMM dd yy hh:mm a zzzz", TimeZone.getTimeZone("Europe/Paris"))',
        "Tuesday November 14 23 11:13 PM Central European Standard Time | java.lang.String",
    ),
    (
        'new Date(1700000000000L).format("G YYYY ww W D F u k K S X XX XXX", TimeZone.getTimeZone("Asia/Kolkata"))',
        "AD 2023 46 3 319 3 3 3 3 0 +05 +0530 +05:30 | java.lang.String",
    ),
    (
        "new Date(1700000000000L).format(\"'at' HH 'o''clock' ''\")",
        "at 22 o'clock ' | java.lang.String",
    ),
    (
        'new Date(1700000000000L).format("yyyy-qq")',
        "IllegalArgumentException: Illegal pattern character 'q'",
    ),
    (
        'new Date(1700000000000L).format("yyyy \'abc")',
        "IllegalArgumentException: Unterminated quote",
    ),
    ("new Date(1700000000000L) + 1", "Wed Nov 15 22:13:20 UTC 2023 | java.util.Date"),
    ("new Date(1700000000000L) - 2", "Sun Nov 12 22:13:20 UTC 2023 | java.util.Date"),
    ("new Date(1700000000000L) - new Date(1600000000000L)", "1157 | java.lang.Integer"),
    ("new Date(1600000000000L) - new Date(1700000000000L)", "-1157 | java.lang.Integer"),
    ("new Date(1700000000000L).clearTime()", "Tue Nov 14 00:00:00 UTC 2023 | java.util.Date"),
    ("def d = new Date(1700000000000L); d++; d", "Wed Nov 15 22:13:20 UTC 2023 | java.util.Date"),
    ("new Date(1700000000000L).previous()", "Mon Nov 13 22:13:20 UTC 2023 | java.util.Date"),
    ("new Date(1700000000000L).before(new Date(1800000000000L))", "true | java.lang.Boolean"),
    ("new Date(1700000000000L).after(new Date(1800000000000L))", "false | java.lang.Boolean"),
    ("new Date(1700000000000L) <=> new Date(1800000000000L)", "-1 | java.lang.Integer"),
    ("new Date(1700000000000L) == new Date(1700000000000L)", "true | java.lang.Boolean"),
    ("new Date(1700000000000L).equals(new Date(1700000000001L))", "false | java.lang.Boolean"),
    ("new Date(1700000000000L).hashCode()", "-807048821 | java.lang.Integer"),
    (
        "[new Date(1700000000000L).year, new Date(1700000000000L).month, new Date(1700000000000L).date, new Date(1700000000000L).day, new Date(1700000000000L).hours]",
        "[123, 10, 14, 2, 22] | java.util.ArrayList",
    ),
    ("new Date(1700000000000L)[Calendar.YEAR]", "2023 | java.lang.Integer"),
    (
        "[new Date(1700000000000L).dateString, new Date(1700000000000L).timeString, new Date(1700000000000L).dateTimeString]",
        "[11/14/23, 10:13:20 PM, 11/14/23, 10:13:20 PM] | java.util.ArrayList",
    ),
    ('Date.parse("yyyy-MM-dd", "2024-02-29")', "Thu Feb 29 00:00:00 UTC 2024 | java.util.Date"),
    (
        'Date.parse("yyyy-MM-dd HH:mm", "2024-02-29 10:00", TimeZone.getTimeZone("Asia/Tokyo"))',
        "Thu Feb 29 01:00:00 UTC 2024 | java.util.Date",
    ),
    ("[(new Date(1700000000000L)): 1][new Date(1700000000000L)]", "1 | java.lang.Integer"),
    (
        "JsonOutput.toJson([when: new Date(1700000000000L)])",
        '{"when":"2023-11-14T22:13:20+0000"} | java.lang.String',
    ),
    ("new Date(1700000000000L) instanceof Date", "true | java.lang.Boolean"),
    (
        "new Date(1700000000000L).updated(year: 2020)",
        "Sat Nov 14 22:13:20 UTC 2020 | java.util.Date",
    ),
    (
        "new Date(1700000000000L).copyWith(year: 2020, month: Calendar.JANUARY)",
        "Tue Jan 14 22:13:20 UTC 2020 | java.util.Date",
    ),
    (
        "def x = new Date(1700000000000L); x.set(year: 2021); x",
        "Sun Nov 14 22:13:20 UTC 2021 | java.util.Date",
    ),
    ("def x = new Date(0); x.time = 5000; x", "Thu Jan 01 00:00:05 UTC 1970 | java.util.Date"),
    ("new Date(124, 1, 29)", "Thu Feb 29 00:00:00 UTC 2024 | java.util.Date"),
    (
        "def l = []; new Date(1700000000000L).upto(new Date(1700000000000L) + 2) { l << it.date }; l",
        "[14, 15, 16] | java.util.ArrayList",
    ),
    ("new Date(1700000000000L).toInstant()", "2023-11-14T22:13:20Z | java.time.Instant"),
    (
        "new Date(1700000000000L) + 1L",
        "MissingMethodException: No signature of method: java.util.Date.plus() is applicable for argument types: (java.lang.Long) values: [1]",
    ),
    (
        "new Date(1700000000000L) < 5",
        "ClassCastException: class java.lang.Integer cannot be cast to class java.util.Date (java.lang.Integer and java.util.Date are in module java.base of loader 'bootstrap')",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").parse("2024-02-29")',
        "Thu Feb 29 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").parse("2024-02-30")',
        "Fri Mar 01 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").parse("2024-02-10xyz")',
        "Sat Feb 10 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").parse("hello")',
        'ParseException: Unparseable date: "hello"',
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").parse("2024-2-1")',
        "Thu Feb 01 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("dd MMM yyyy").parse("05 feb 2024")',
        "Mon Feb 05 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("dd MMMM yyyy").parse("05 Feb 2024")',
        "Mon Feb 05 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd HH:mm Z").parse("2024-02-05 10:00 +0200")',
        "Mon Feb 05 08:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd\'T\'HH:mm:ssXXX").parse("2024-02-05T10:00:00Z")',
        "Mon Feb 05 10:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd HH:mm z").parse("2024-02-05 10:00 EST")',
        "Mon Feb 05 15:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd z").parse("2024-01-02 GMT+03:00")',
        "Mon Jan 01 21:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("hh:mm a").parse("10:30 PM")',
        "Thu Jan 01 22:30:00 UTC 1970 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("hh:mm a").parse("12:15 AM")',
        "Thu Jan 01 00:15:00 UTC 1970 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("MM/dd/yy").parse("03/04/99")',
        "Thu Mar 04 00:00:00 UTC 1999 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyyMMddHHmm").parse("202401021530")',
        "Tue Jan 02 15:30:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("EEE, dd MMM yyyy").parse("Tue, 05 Feb 2024")',
        "Mon Feb 05 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd").with { lenient = false; parse("2024-02-30") }',
        'ParseException: Unparseable date: "2024-02-30"',
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd HH:mm").with { timeZone = TimeZone.getTimeZone("America/New_York"); parse("2024-03-10 02:30").time }',
        "1710055800000 | java.lang.Long",
    ),
    (
        'new SimpleDateFormat("yyyy-MM-dd HH:mm").with { timeZone = TimeZone.getTimeZone("America/New_York"); parse("2024-11-03 01:30").time }',
        "1730615400000 | java.lang.Long",
    ),
    ('new SimpleDateFormat("yyyy").toPattern()', "yyyy | java.lang.String"),
    ('new SimpleDateFormat("yyyy").format(1700000000000L)', "2023 | java.lang.String"),
    (
        'new SimpleDateFormat("yyyy").format(null)',
        "IllegalArgumentException: Cannot format given Object as a Date",
    ),
    ('new SimpleDateFormat("yyyy") == new SimpleDateFormat("yyyy")', "true | java.lang.Boolean"),
    (
        "new SimpleDateFormat().format(new Date(1700000000000L))",
        "11/14/23, 10:13 PM | java.lang.String",
    ),
    ('TimeZone.getTimeZone("America/New_York").rawOffset', "-18000000 | java.lang.Integer"),
    (
        'TimeZone.getTimeZone("America/New_York").getOffset(1720000000000L)',
        "-14400000 | java.lang.Integer",
    ),
    (
        'TimeZone.getTimeZone("America/New_York").displayName',
        "Eastern Standard Time | java.lang.String",
    ),
    (
        'TimeZone.getTimeZone("America/New_York").getDisplayName(true, TimeZone.SHORT)',
        "EDT | java.lang.String",
    ),
    (
        'TimeZone.getTimeZone("Europe/Dublin").inDaylightTime(new Date(1720000000000L))',
        "true | java.lang.Boolean",
    ),
    ('TimeZone.getTimeZone("America/New_York").useDaylightTime()', "true | java.lang.Boolean"),
    (
        '["UTC", "GMT", "Z", "EST", "PST", "GMT+05:30", "GMT-8", "UTC+3", "Nonsense/Zone", "Etc/GMT+5"].collect { TimeZone.getTimeZone(it).ID }',
        "[UTC, GMT, GMT, EST, PST, GMT+05:30, GMT-08:00, GMT, GMT, Etc/GMT+5] | java.util.ArrayList",
    ),
    ('TimeZone.getTimeZone("UTC") == TimeZone.getTimeZone("UTC")', "true | java.lang.Boolean"),
    ('TimeZone.getTimeZone("PST").toZoneId()', "America/Los_Angeles | java.time.ZoneRegion"),
    (
        'def c = Calendar.getInstance(TimeZone.getTimeZone("America/New_York")); c.time = new Date(1700000000000L); [c.get(Calendar.YEAR), c.get(Calendar.MONTH), c.get(Calendar.DAY_OF_MONTH), c.get(Calendar.HOUR_OF_DAY), c.get(Calendar.HOUR), c.get(Calendar.AM_PM), c.get(Calendar.DAY_OF_WEEK), c.get(Calendar.DAY_OF_YEAR), c.get(Calendar.WEEK_OF_YEAR), c.get(Calendar.ZONE_OFFSET), c.get(Calendar.DST_OFFSET)]',
        "[2023, 10, 14, 17, 5, 1, 3, 318, 46, -18000000, 0] | java.util.ArrayList",
    ),
    (
        "[Calendar.ERA, Calendar.YEAR, Calendar.MONTH, Calendar.DATE, Calendar.DAY_OF_WEEK, Calendar.HOUR_OF_DAY, Calendar.MILLISECOND, Calendar.SUNDAY, Calendar.DECEMBER, Calendar.PM]",
        "[0, 1, 2, 5, 7, 11, 14, 1, 11, 1] | java.util.ArrayList",
    ),
    (
        "def c = Calendar.getInstance(); c.time = new Date(1700000000000L); c.add(Calendar.MONTH, 3); c.time",
        "Wed Feb 14 22:13:20 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 0, 31); c.add(Calendar.MONTH, 1); c.time",
        "Thu Feb 29 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 0, 31); c.set(Calendar.MONTH, 1); c.set(Calendar.DAY_OF_MONTH, 1); c.time",
        "Thu Feb 01 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 0, 31, 8, 30); c.set(Calendar.DAY_OF_MONTH, 32); c.time",
        "Thu Feb 01 08:30:00 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 4, 15); c.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY); c.time",
        "Wed May 15 00:00:00 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 1, 1); c.getActualMaximum(Calendar.DAY_OF_MONTH)",
        "29 | java.lang.Integer",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2024, 1, 29, 13, 30, 15); c.roll(Calendar.MONTH, 11); c.time",
        "Mon Jan 29 13:30:15 UTC 2024 | java.util.Date",
    ),
    (
        "def c = Calendar.getInstance(); c.clear(); c.set(2021, 11, 31); [c.get(Calendar.WEEK_OF_YEAR), c.get(Calendar.WEEK_OF_MONTH)]",
        "[1, 5] | java.util.ArrayList",
    ),
    (
        "def c = Calendar.getInstance(); c.setLenient(false); c.clear(); c.set(Calendar.MONTH, 12); c.time",
        "IllegalArgumentException: MONTH",
    ),
    (
        "def c = Calendar.getInstance(); c.get(99)",
        "ArrayIndexOutOfBoundsException: Index 99 out of bounds for length 17",
    ),
    (
        'def c = Calendar.getInstance(TimeZone.getTimeZone("America/New_York")); c.clear(); c.set(2024, 2, 10, 2, 30); c.timeInMillis',
        "1710055800000 | java.lang.Long",
    ),
    (
        'def c = Calendar.getInstance(); c.clear(); c.set(2024, 1, 1); c[Calendar.YEAR] = 2030; c.format("yyyy-MM-dd")',
        "2030-02-01 | java.lang.String",
    ),
    (
        "def c = Calendar.getInstance(); c.timeInMillis = 0; def d = c.clone(); d.add(Calendar.YEAR, 1); [c < d, c.before(d), c == d, c.after(d)]",
        "[true, true, false, false] | java.util.ArrayList",
    ),
    ("new GregorianCalendar(2024, 1, 29).time", "Thu Feb 29 00:00:00 UTC 2024 | java.util.Date"),
    (
        "def c = Calendar.getInstance(); c.timeInMillis = 1700000000000L; c.getDisplayName(Calendar.MONTH, Calendar.LONG, Locale.US)",
        "November | java.lang.String",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_matches_groovy(snippet: str, expected: str) -> None:
    assert outcome(snippet) == expected

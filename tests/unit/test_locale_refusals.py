"""Where a Locale's data (date and day names, week rules, zone names) is not at hand (the
Locales of `java_util/datelocales.json` have it), convoscript refuses with an
UnsupportedOperationException naming the Locale, never printing Locale.US's words.

Not Groovy's behaviour (real Groovy formats in that Locale): what convoscript promises instead.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

REFUSED = [
    ('new java.text.SimpleDateFormat("MMM", new Locale("th", "TH"))', "date data (month and day"),
    ('new java.text.SimpleDateFormat("MMM", new Locale("xx"))', "of Locale xx"),
    ("Calendar.getInstance(new Locale('ar', 'SA'))", "of Locale ar_SA"),
    ('DateTimeFormatter.ofPattern("MMM", new Locale("en", "US", "POSIX"))', "of Locale en_US_POSIX"),
    ("Month.MAY.getDisplayName(TextStyle.FULL, new Locale('hi', 'IN'))", "of Locale hi_IN"),
    ("TimeZone.getTimeZone('UTC').getDisplayName(Locale.JAPAN)", "of Locale ja_JP"),
    (
        'DateTimeFormatter.ofPattern("zzzz", Locale.FRANCE)'
        '.format(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")))',
        "time zone names of Locale fr_FR",
    ),
    ('new java.text.SimpleDateFormat("z", Locale.GERMANY).format(new Date(0))', "de_DE"),
    (
        'def f = new java.text.SimpleDateFormat("z", Locale.UK); '
        'f.timeZone = TimeZone.getTimeZone("America/Chicago"); f.format(new Date(0))',
        "short name of the zone America/Chicago",
    ),
    ("Locale.FRANCE.getDisplayName(Locale.GERMANY)", "display names of Locale fr_FR"),
    ("new Locale('xx').displayName", "display names of Locale xx"),
]


@pytest.mark.parametrize(("snippet", "message"), REFUSED, ids=[r[0][:50] for r in REFUSED])
def test_refused(snippet: str, message: str) -> None:
    text = outcome(snippet)
    assert text.startswith("UnsupportedOperationException: convoscript does not have"), text
    assert message in text


@pytest.mark.parametrize(
    "snippet",
    [
        'new java.text.SimpleDateFormat("dd/MM/yyyy", Locale.UK).format(new Date(0))',
        'new java.text.SimpleDateFormat("dd MMM", Locale.UK).parse("01 Sept")',
        'new java.text.SimpleDateFormat("MMM", Locale.FRANCE).format(new Date(0))',
        "Calendar.getInstance(Locale.CANADA_FRENCH).firstDayOfWeek",
        "Calendar.getInstance(TimeZone.getTimeZone('UTC'), Locale.GERMANY)",
        'DateTimeFormatter.ofPattern("MMM", Locale.GERMANY)',
        "Locale.FRANCE.getDisplayName(Locale.FRANCE)",
        '"x".toUpperCase(Locale.FRANCE)',
        'String.format(Locale.ITALY, "%,.1f", 1234.5d)',
    ],
)
def test_accepted(snippet: str) -> None:
    assert "Exception" not in outcome(snippet)

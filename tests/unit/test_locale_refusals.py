"""Where a Locale's data (date and day names, week rules) is not at hand, convoscript refuses
with an UnsupportedOperationException naming the Locale, never printing Locale.US's words.

Not Groovy's behaviour (real Groovy formats in that Locale): what convoscript promises instead.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

REFUSED = [
    ('new java.text.SimpleDateFormat("MMM", Locale.FRANCE)', "date and day names of Locale fr_FR"),
    ('new java.text.SimpleDateFormat("MMM", Locale.ROOT)', "date and day names of Locale ROOT"),
    ('new java.text.SimpleDateFormat("MMM", Locale.CANADA)', "date and day names of Locale en_CA"),
    ("Calendar.getInstance(Locale.UK)", "week rules (first day of week) of Locale en_GB"),
    ("Calendar.getInstance(TimeZone.getTimeZone('UTC'), Locale.GERMANY)", "of Locale de_DE"),
    ('DateTimeFormatter.ofPattern("MMM", Locale.GERMANY)', "date and day names of Locale de_DE"),
    ("TimeZone.getTimeZone('UTC').getDisplayName(Locale.JAPAN)", "of Locale ja_JP"),
    (
        'def f = new java.text.SimpleDateFormat("z", Locale.UK); '
        'f.timeZone = TimeZone.getTimeZone("America/Chicago"); f.format(new Date(0))',
        "short name of the zone America/Chicago",
    ),
    ('new java.text.SimpleDateFormat("dd MMM", Locale.UK).parse("01 Jan")', "Locale en_GB"),
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
        "Calendar.getInstance(Locale.CANADA_FRENCH).firstDayOfWeek",
        '"x".toUpperCase(Locale.FRANCE)',
        'String.format(Locale.ITALY, "%,.1f", 1234.5d)',
    ],
)
def test_accepted(snippet: str) -> None:
    assert "Exception" not in outcome(snippet)

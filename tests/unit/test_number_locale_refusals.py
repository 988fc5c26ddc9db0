"""Where a Locale's number data (symbols, patterns, currency symbols and names) is not at hand,
NumberFormat, DecimalFormatSymbols, Currency and String.format refuse with an UnsupportedOperationException
naming the Locale, never formatting in Locale.US's symbols.

Not Groovy's behaviour (real Groovy formats in that Locale): what convoscript promises instead.
The Locales convoscript has are listed in convoscript/lib/java_text/numberlocales.py.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

REFUSED = [
    ('java.text.NumberFormat.getInstance(new Locale("ar", "SA"))', "of Locale ar_SA"),
    ('java.text.NumberFormat.getCurrencyInstance(new Locale("he", "IL"))', "of Locale he_IL"),
    ('java.text.DecimalFormatSymbols.getInstance(new Locale("xx", "YY"))', "of Locale xx_YY"),
    (
        'new java.text.DecimalFormatSymbols(new Locale("sw"))',
        "number symbols and currencies of Locale sw",
    ),
    ('Currency.getInstance("EUR").getSymbol(new Locale("ar", "AE"))', "of Locale ar_AE"),
    (
        'Currency.getInstance("EUR").getDisplayName(Locale.GERMANY)',
        "currency names of Locale de_DE",
    ),
    ('Currency.getInstance(new Locale("xx", "ZZ"))', "of Locale xx_ZZ"),
    ('String.format(new Locale("ar", "SA"), "%.1f", 1.5d)', "of Locale ar_SA"),
]


@pytest.mark.parametrize(("snippet", "message"), REFUSED, ids=[r[0][:50] for r in REFUSED])
def test_refused(snippet: str, message: str) -> None:
    text = outcome(snippet)
    assert text.startswith("UnsupportedOperationException: convoscript does not have"), text
    assert message in text


@pytest.mark.parametrize(
    "snippet",
    [
        "java.text.NumberFormat.getCurrencyInstance(Locale.FRANCE).format(1234.5)",
        'java.text.NumberFormat.getInstance(new Locale("de", "CH")).format(1234.5)',
        "Currency.getInstance('EUR').getDisplayName(Locale.US)",
        "Currency.getInstance('USD').getSymbol(Locale.JAPAN)",
    ],
)
def test_accepted(snippet: str) -> None:
    assert "Exception" not in outcome(snippet)

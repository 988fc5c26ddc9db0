"""NumberFormat/DecimalFormat cannot make a run build a huge string or number: formatting with
huge digit counts, toPattern of an unbounded format and parsing a huge exponent into a
BigDecimal end the run with LimitExceeded (Java would run out of memory or hold a number no
convoscript budget allows), never with an internal error."""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

HUGE = [
    # a long or double is capped at 309 integer digits, as in Java; a BigDecimal is not
    'def f = new java.text.DecimalFormat("0"); f.minimumIntegerDigits = 2000000000; '
    "f.format(new BigDecimal('1'))",
    'def f = new java.text.DecimalFormat("0"); f.minimumFractionDigits = 2000000000; '
    "f.format(new BigDecimal('1.5'))",
    'new java.text.DecimalFormat("").toPattern()',
    'def f = new java.text.DecimalFormat("0"); f.parseBigDecimal = true; f.parse("1E99999999")',
]


@pytest.mark.parametrize("snippet", HUGE, ids=[s[-40:] for s in HUGE])
def test_huge_is_a_limit(snippet: str) -> None:
    assert outcome(snippet).startswith("LimitExceeded"), outcome(snippet)

"""Security-suite configuration: the `row` marker ties each test to a threat-catalogue row
(/work/shared/reference/threats.md §4; coverage table in docs/threat-coverage.md).

List the tests of a row with `pytest tests/security -m "row" -k B07` or
`pytest tests/security --collect-only -q | grep B07`.
"""

from __future__ import annotations


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "row(id): the threat-catalogue row (A1..I8) a security test covers"
    )

"""Security-suite configuration: the `row` marker ties each test to a threat-catalogue row
(/work/shared/reference/threats.md §4; coverage table in docs/threat-coverage.md).

List the tests of a row with `pytest tests/security -m "row" -k B07` or
`pytest tests/security --collect-only -q | grep B07`.
"""

from __future__ import annotations

import sandbox_harness


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "row(id): the threat-catalogue row (A1..I8) a security test covers"
    )


# The suite's last test (test_zz_final_rss.py) bounds the peak memory of the security tests
# themselves. When the whole test tree runs in one process, the folders before this one (the
# conformance cases, the service, the benchmarks' outputs check) leave their own peak behind:
# on Linux the high-water mark is reset to the current size as the first security test starts
# (/proc/self/clear_refs), so what is measured is what the bombs did.
_PEAK_RESET = False


def pytest_runtest_setup(item) -> None:
    global _PEAK_RESET
    if not _PEAK_RESET:
        _PEAK_RESET = True
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
            sandbox_harness.SUITE_START_RSS_KIB = _status_kib("VmRSS")
        except OSError:  # not Linux: ru_maxrss (the whole process's peak) is all there is
            pass


def _status_kib(field: str) -> int | None:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return None

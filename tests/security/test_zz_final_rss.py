"""Runs last (file order): the whole security suite — every bomb included — must leave the test
process under 512 MiB of peak resident memory. Hazards that would blow past it when they are gaps
run in child processes (sandbox_harness.run_isolated_batch)."""

from __future__ import annotations

import resource
import sys

from sandbox_harness import row

LIMIT_MIB = 512


def _peak_kib() -> int:
    """The peak resident size since the security suite started (conftest.py resets Linux's
    high-water mark as its first test starts), else the process's whole peak."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes there, KiB on Linux
        peak_kib //= 1024
    return peak_kib


@row("R5")
def test_zz_process_peak_rss_under_512_mib() -> None:
    peak_kib = _peak_kib()
    assert peak_kib < LIMIT_MIB * 1024, f"peak RSS {peak_kib // 1024} MiB"

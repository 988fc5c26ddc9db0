"""Runs last (file order): the whole security suite — every bomb included — must leave the test
process under 512 MiB of peak resident memory. Hazards that would blow past it when they are gaps
run in child processes (sandbox_harness.run_isolated_batch).

Run alone, the suite starts at about 100 MiB, and 512 MiB is its bound. Run after the other test
folders in one process, it starts with what they left resident (400+ MiB in CI), so there it is
held to the growth it may make: 512 MiB less what a test process holds alone when the first
security test starts (`ALONE_START_MIB`, measured)."""

from __future__ import annotations

import resource
import sys

import sandbox_harness
from sandbox_harness import row

LIMIT_MIB = 512
ALONE_START_MIB = 128  # a test process's resident size as the first security test starts, alone


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
    start_kib = sandbox_harness.SUITE_START_RSS_KIB
    if start_kib is None or start_kib < ALONE_START_MIB * 1024:
        assert peak_kib < LIMIT_MIB * 1024, f"peak RSS {peak_kib // 1024} MiB"
    else:  # after the other folders: only the security suite's own growth is measured
        growth = peak_kib - start_kib
        allowed = (LIMIT_MIB - ALONE_START_MIB) * 1024
        assert growth < allowed, (
            f"the security suite grew the process by {growth // 1024} MiB "
            f"(from {start_kib // 1024} to {peak_kib // 1024} MiB)"
        )

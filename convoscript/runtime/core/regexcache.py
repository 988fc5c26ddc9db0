"""The compiled-pattern cache of one Runtime: bounded, least recently used, thread-safe.

Every run of a Runtime shares it (each worker process of a process pool has its own), so it
holds only what no script can change: the pattern text (an exact `str`) and the `regex`
package's compiled pattern, which is immutable. Nothing a script builds (a Pattern or Matcher
value, a match) is stored. It is bounded both by entries and by the patterns' expanded size
(regexsize.py), since one compiled pattern may take tens of megabytes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator

import regex

MAX_ENTRIES = 256
MAX_WEIGHT = 400_000  # expanded pattern characters the cached patterns may hold together


class RegexCache:
    """Pattern text -> compiled pattern, for the runs of one Runtime."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_weight: int = MAX_WEIGHT):
        self.max_entries = max_entries
        self.max_weight = max_weight
        self.weight = 0
        # pattern -> (compiled, its weight in the cache, the steps its compile was charged)
        self._entries: OrderedDict[str, tuple[regex.Pattern, int, int]] = OrderedDict()
        self._lock = threading.Lock()  # the runs of one Runtime may run on many threads

    def get(self, pattern: str) -> tuple[regex.Pattern, int] | None:
        """The compiled pattern and the steps its compile was charged (a hit is charged the
        same, so a run's cost never shows what earlier runs of the Runtime compiled)."""
        with self._lock:
            entry = self._entries.get(pattern)
            if entry is None:
                return None
            self._entries.move_to_end(pattern)
            return entry[0], entry[2]

    def put(self, pattern: str, compiled: regex.Pattern, steps: int) -> None:
        if type(pattern) is not str or type(compiled) is not _PATTERN_TYPE:
            return  # only exact, immutable values are shared between runs
        weight = max(steps, len(pattern), 1)
        if weight > self.max_weight // 4:
            return  # one huge pattern would push out everything else
        with self._lock:
            old = self._entries.pop(pattern, None)
            if old is not None:
                self.weight -= old[1]
            self._entries[pattern] = (compiled, weight, steps)
            self.weight += weight
            while len(self._entries) > self.max_entries or self.weight > self.max_weight:
                _, (_, dropped, _) = self._entries.popitem(last=False)
                self.weight -= dropped

    def __contains__(self, pattern: object) -> bool:
        with self._lock:
            return pattern in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterator[tuple[str, regex.Pattern]]:
        with self._lock:
            entries = [(key, value[0]) for key, value in self._entries.items()]
        return iter(entries)


_PATTERN_TYPE = type(regex.compile(""))

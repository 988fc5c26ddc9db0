"""The shape of a JSON text, checked before it is parsed.

Python's JSON decoder builds the whole value in C: a 5,000-deep array or a 20,000-element list
would be built before any budget check could see it. One pass over the structural characters
(outside strings) finds the nesting depth and the size of every array and object first, so a
hostile payload is refused before it exists.
"""

from __future__ import annotations

import re

from convoscript.runtime.model import budget

# the same cap applies when a run's state is saved (runtime/run/boundary.py)
MAX_JSON_NESTING = budget.MAX_DATA_NESTING

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_STRUCTURE = re.compile(r"[\[\]{},]")


def check_json_shape(text: str) -> None:
    """Refuse (LimitExceeded "memory") a JSON text nested deeper than MAX_JSON_NESTING or with
    an array/object larger than the run's collection limit. Malformed text passes: the parser
    reports it."""
    b = budget.current()
    bare = _STRING.sub('""', text) if '"' in text else text
    b.tick(len(bare) // 64)
    counts: list[int] = []  # elements seen so far in each open array/object (commas + 1)
    limit = b.limits.max_collection_size
    for m in _STRUCTURE.finditer(bare):
        b.tick()
        c = m.group()
        if c == ",":
            if counts:
                counts[-1] += 1
                if counts[-1] > limit:
                    b.check_collection(counts[-1])
        elif c in "[{":
            counts.append(1)
            if len(counts) > MAX_JSON_NESTING:
                b.refuse(
                    "memory",
                    MAX_JSON_NESTING,
                    f"JSON nesting limit exceeded: more than {MAX_JSON_NESTING} levels",
                )
        elif counts:
            b.check_collection(counts.pop())

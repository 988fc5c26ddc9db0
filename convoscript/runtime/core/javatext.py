"""Java's `String.valueOf` for runtime values: what a Java API prints (a logger, `StringBuilder.
append`, `String.format("%s")`, `Arrays.toString`).

It differs from Groovy's printing for maps (`{a=1}` vs `[a:1]`) and ranges (`1..3` vs
`[1, 2, 3]`), at any depth. The text is built piece by piece and its length checked against
the run's string limit as it grows, so a huge collection is refused before its text exists.
"""

from __future__ import annotations

from convoscript.runtime.core.keys import MAP_TYPES, GSet
from convoscript.runtime.core.text import range_text, to_string
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import EmptyRange, IntRange, ObjectRange

_RANGES = (IntRange, ObjectRange, EmptyRange)


def java_string(value: object) -> str:
    if type(value) is str:  # the common case: a String is its own text, already within limits
        return value  # type: ignore[return-value]
    out = _Text()
    out.add(value, [])
    return "".join(out.parts)


class _Text:
    __slots__ = ("budget", "length", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.budget = budget.current()

    def put(self, text: str) -> None:
        self.length += len(text)
        self.budget.check_string(self.length)  # refuse before the whole text is built
        self.parts.append(text)

    def add(self, value: object, seen: list) -> None:
        if isinstance(value, _RANGES):
            self.put(range_text(value))
        elif type(value) in MAP_TYPES:
            self.budget.tick(len(value) + 1)  # type: ignore[arg-type]
            seen.append(value)
            self.put("{")
            for i, (k, v) in enumerate(value.items()):  # type: ignore[union-attr]
                if i:
                    self.put(", ")
                self.item(k, value, seen)
                self.put("=")
                self.item(v, value, seen)
            self.put("}")
            seen.pop()
        elif isinstance(value, (list, GSet)):
            self.budget.tick(len(value) + 1)
            seen.append(value)
            self.put("[")
            for i, v in enumerate(value):
                if i:
                    self.put(", ")
                self.item(v, value, seen)
            self.put("]")
            seen.pop()
        else:
            self.put(to_string(value))

    def item(self, item: object, container: object, seen: list) -> None:
        # Java prints a direct self-reference by name; a deeper cycle would overflow Java's
        # stack, here it is cut the same way instead
        if any(item is s for s in seen):
            self.put("(this Map)" if type(item) in MAP_TYPES else "(this Collection)")
        else:
            self.add(item, seen)

"""What a lint check makes (`Rule`: a finding at a position of the resolved text, before
analysis.py turns it into a `Finding` of its file) and the walk over syntax trees they share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from convoscript.grammar import nodes as n


@dataclass(frozen=True)
class Rule:
    """One finding as a check makes it: line and column in the resolved (joined) text;
    `width` of the construct's first token (0: the identifier there)."""

    line: int
    column: int
    kind: str
    code: str
    message: str
    severity: str = "error"
    rewrite: str | None = None
    solutions: tuple[str, ...] = ()
    width: int = 0


def children(node: n.Node) -> Iterator[n.Node]:
    """The nodes directly inside `node`, in field order."""
    for value in vars(node).values():
        if isinstance(value, n.Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, n.Node):
                    yield item


def walk(node: n.Node) -> Iterator[n.Node]:
    """`node` and every node inside it."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(children(current))

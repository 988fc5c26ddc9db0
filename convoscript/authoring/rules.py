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


children = n.children  # the walk the compiler's resolver uses (grammar/nodes.py)


def walk(node: n.Node) -> Iterator[n.Node]:
    """`node` and every node inside it."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(children(current))

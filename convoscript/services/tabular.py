"""`tabularDataService`: read-only CSV tables and their fluent query language.

Tables come from the state key `tables` (name → CSV path or list of row objects). A query
selects columns (all when none are named), filters with `is`, `isNot`, `in`, `notIn`, `isGt`,
`isGte`, `isLt`, `isLte`, `like`, `likeAny` (`%` any run of characters, `?` one character,
case-insensitive), sorts with `sortAsc`/`sortDesc` (applied in order: the first is the
primary key) and ends with `first()`, `last()`, `index(n)` (a row Map or null), `list()`,
`first(n)`/`firstN(n)`, `last(n)`/`lastN(n)` (a Map of result index → row Map).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal

import regex

from convoscript.runtime.core.regexes import run_compiled
from convoscript.runtime.core.text import to_string
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.run.boundary import from_plain
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto
from convoscript.services.state import RunState


def _illegal(message: str) -> GroovyThrowable:
    return GroovyThrowable("IllegalArgumentException", message)


def _number(v: object) -> float | None:
    if type(v) is bool or not isinstance(v, (int, float, Decimal)):
        return None
    return float(v)


def _equal(a: object, b: object) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return to_string(a) == to_string(b)


def _compare(a: object, b: object) -> int:
    if a is None or b is None:
        return (a is not None) - (b is not None)
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return (na > nb) - (na < nb)
    sa, sb = to_string(a), to_string(b)
    return (sa > sb) - (sa < sb)


def _column_order(col: str) -> Callable[[dict, dict], int]:
    """Rows compared by one column (for sorting)."""
    return lambda a, c: _compare(a.get(col), c.get(col))


def _like(pattern: str):
    parts = ["." if ch == "?" else ".*" if ch == "%" else regex.escape(ch) for ch in pattern]
    return regex.compile("".join(parts), regex.IGNORECASE | regex.DOTALL, cache_pattern=False)


def _comparison(test):
    @script_method("String", "Object")
    def method(self, column: str, value: object) -> TabularQuery:
        return self._where(column, lambda v: v is not None and test(_compare(v, value)))

    return method


class TabularQuery(Dto):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.tabular.TabularQuery"

    def __init__(self, name: str, rows: list, columns: list[str]):
        self._name, self._rows, self._columns = name, rows, columns
        self._filters: list = []
        self._sorts: list[tuple[str, bool]] = []

    def groovy_to_string(self) -> str:
        return f"TabularQuery({self._name})"

    def _col(self, column: object) -> str:
        name = to_string(column)
        if not name or (self._rows and name not in self._rows[0]):
            raise _illegal(f"No column '{name}' in table '{self._name}'")
        return name

    def _where(self, column: object, test) -> TabularQuery:
        col = self._col(column)
        self._filters.append(lambda row: test(row.get(col)))
        return self

    def _values(self, values: tuple) -> list:
        if not values:
            raise _illegal("a condition needs at least one value")
        flat: list = []
        for v in values:
            flat.extend(v if isinstance(v, list) else [v])
        return flat

    @script_method("String", "Object")
    def is_(self, column: str, value: object) -> TabularQuery:
        return self._where(column, lambda v: _equal(v, value))

    @script_method("String", "Object")
    def isNot(self, column: str, value: object) -> TabularQuery:
        return self._where(column, lambda v: not _equal(v, value))

    @script_method("String", "Object...")
    def in_(self, column: str, *values: object) -> TabularQuery:
        wanted = self._values(values)
        return self._where(column, lambda v: any(_equal(v, w) for w in wanted))

    @script_method("String", "Object...")
    def notIn(self, column: str, *values: object) -> TabularQuery:
        wanted = self._values(values)
        return self._where(column, lambda v: not any(_equal(v, w) for w in wanted))

    isGt = _comparison(lambda c: c > 0)
    isGte = _comparison(lambda c: c >= 0)
    isLt = _comparison(lambda c: c < 0)
    isLte = _comparison(lambda c: c <= 0)

    @script_method("String", "String")
    def like(self, column: str, pattern: str) -> TabularQuery:
        rx = _like(pattern or "")
        return self._where(
            column,
            lambda v: v is not None and run_compiled(rx, "fullmatch", to_string(v)) is not None,
        )

    @script_method("String", "String...")
    def likeAny(self, column: str, *patterns: str) -> TabularQuery:
        rxs = [_like(p or "") for p in self._values(patterns)]
        return self._where(
            column,
            lambda v: (
                v is not None
                and any(run_compiled(rx, "fullmatch", to_string(v)) is not None for rx in rxs)
            ),
        )

    @script_method("String")
    def sortAsc(self, column: str) -> TabularQuery:
        self._sorts.append((self._col(column), False))
        return self

    @script_method("String")
    def sortDesc(self, column: str) -> TabularQuery:
        self._sorts.append((self._col(column), True))
        return self

    # ---- terminals ----
    def _result(self) -> list[dict]:
        b = budget.current()
        rows = []
        for row in self._rows:
            b.tick()
            if all(f(row) for f in self._filters):
                rows.append(row)
        for col, desc in reversed(self._sorts):  # stable sorts: the first sort is primary
            b.tick(len(rows))
            rows.sort(
                key=functools.cmp_to_key(_column_order(col)),
                reverse=desc,
            )
        cols = self._columns or (list(self._rows[0]) if self._rows else [])
        return [from_plain({c: row.get(c) for c in cols}) for row in rows]  # type: ignore

    @staticmethod
    def _indexed(rows: list) -> dict:
        return dict(enumerate(rows))

    @script_method()
    @script_method("int")
    def first(self, n: int | None = None) -> object:
        rows = self._result()
        if n is None:
            return rows[0] if rows else None
        return self._indexed(rows[: max(n, 0)])

    @script_method()
    @script_method("int")
    def last(self, n: int | None = None) -> object:
        rows = self._result()
        if n is None:
            return rows[-1] if rows else None
        return self._indexed(rows[len(rows) - max(min(n, len(rows)), 0) :])

    @script_method("int")
    def firstN(self, n: int) -> dict:
        return self.first(n)  # type: ignore[return-value]

    @script_method("int")
    def lastN(self, n: int) -> dict:
        return self.last(n)  # type: ignore[return-value]

    @script_method("int")
    def index(self, n: int) -> dict | None:
        rows = self._result()
        return rows[n] if 0 <= n < len(rows) else None

    @script_method()
    def list(self) -> dict:
        return self._indexed(self._result())


class TabularDataService(ServiceHandle):
    handle_type = "TabularDataService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.TabularDataService"
    binding_name = "tabularDataService"

    def __init__(self, state: RunState):
        self._state = state

    @script_method("String", "String...")
    def query(self, table: str, *columns: str) -> TabularQuery:
        if not table:
            raise _illegal("a table name is required")
        rows = self._state.tables.get(table)
        if rows is None:
            raise _illegal(f"No tabular data source named '{table}'")
        query = TabularQuery(table, rows, [])
        query._columns = [query._col(c) for c in columns]
        return query

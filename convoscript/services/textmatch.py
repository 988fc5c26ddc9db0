"""`textService`: exact and fuzzy matching of known values inside a sentence.

A sentence is split into word tokens; every run of as many tokens as a value has words is a
candidate. Exact search scores 1.0 for equal candidates (case-sensitive or not); fuzzy
search scores candidates with rapidfuzz's normalised Indel similarity (`fuzz.ratio` / 100,
case-insensitive) and keeps those at or above the threshold. Results are Guava-style
`Table<value, matchedText, Double>`; the best match is a `Triple(value, matchedText, score)`.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.text import to_string
from convoscript.runtime.model import budget
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto, require

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


class Cell(Dto):
    java_class = "com.google.common.collect.Table$Cell"
    fields = ("rowKey", "columnKey", "value")

    def __init__(self, row: str, column: str, value: float):
        self._cell = (row, column, value)

    @script_method()
    def getRowKey(self) -> str:
        return self._cell[0]

    @script_method()
    def getColumnKey(self) -> str:
        return self._cell[1]

    @script_method()
    def getValue(self) -> float:
        return self._cell[2]


class ScoreTable(Dto):
    """Guava `Table<String, String, Double>`: rows are the values, columns the matched text."""

    java_class = "com.google.common.collect.HashBasedTable"

    def __init__(self, cells: dict[tuple[str, str], float]):
        self._cells = dict(cells)

    def groovy_to_string(self) -> str:
        rows = self.rowMap()
        return (
            "{"
            + ", ".join(
                f"{r}={{{', '.join(f'{c}={to_string(v)}' for c, v in cols.items())}}}"
                for r, cols in rows.items()
            )
            + "}"
        )

    @script_method()
    def size(self) -> int:
        return len(self._cells)

    @script_method()
    def isEmpty(self) -> bool:
        return not self._cells

    @script_method("Object", "Object")
    def get(self, row: object, column: object) -> float | None:
        return self._cells.get((to_string(row), to_string(column)))

    @script_method("Object", "Object")
    def contains(self, row: object, column: object) -> bool:
        return (to_string(row), to_string(column)) in self._cells

    @script_method("Object")
    def containsRow(self, row: object) -> bool:
        return any(r == to_string(row) for r, _ in self._cells)

    @script_method("Object")
    def containsColumn(self, column: object) -> bool:
        return any(c == to_string(column) for _, c in self._cells)

    @script_method()
    def rowKeySet(self) -> GSet:
        return GSet(r for r, _ in self._cells)

    @script_method()
    def columnKeySet(self) -> GSet:
        return GSet(c for _, c in self._cells)

    @script_method("Object")
    def row(self, row: object) -> dict:
        return {c: v for (r, c), v in self._cells.items() if r == to_string(row)}

    @script_method("Object")
    def column(self, column: object) -> dict:
        return {r: v for (r, c), v in self._cells.items() if c == to_string(column)}

    @script_method()
    def rowMap(self) -> dict:
        out: dict = {}
        for (r, c), v in self._cells.items():
            out.setdefault(r, {})[c] = v
        return out

    @script_method()
    def values(self) -> list:
        return list(self._cells.values())

    @script_method()
    def cellSet(self) -> GSet:
        return GSet(Cell(r, c, v) for (r, c), v in self._cells.items())


class Triple(Dto):
    """Apache Commons `Triple<String, String, Double>`: (value, matched text, score)."""

    java_class = "org.apache.commons.lang3.tuple.ImmutableTriple"
    fields = ("left", "middle", "right")

    def __init__(self, left: str, middle: str, right: float):
        self._t = (left, middle, right)

    def groovy_to_string(self) -> str:
        return f"({self._t[0]},{self._t[1]},{to_string(self._t[2])})"

    @script_method()
    def getLeft(self) -> str:
        return self._t[0]

    @script_method()
    def getMiddle(self) -> str:
        return self._t[1]

    @script_method()
    def getRight(self) -> float:
        return self._t[2]


def _candidates(sentence: str, words: int) -> list[str]:
    tokens = _WORD.findall(sentence)
    return [" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)]


def search_exact(values: object, sentence: str, case_sensitive: bool) -> dict:
    cells: dict[tuple[str, str], float] = {}
    for value in _values(values):
        size = max(1, len(_WORD.findall(value)))
        target = value if case_sensitive else value.lower()
        for cand in _candidates(sentence, size):
            budget.current().tick()
            if (cand if case_sensitive else cand.lower()) == " ".join(_WORD.findall(target)):
                cells[(value, cand)] = 1.0
    return cells


def search_fuzzy(values: object, sentence: str, threshold: float) -> dict:
    cells: dict[tuple[str, str], float] = {}
    for value in _values(values):
        size = max(1, len(_WORD.findall(value)))
        for cand in _candidates(sentence, size):
            budget.current().tick()
            score = fuzz.ratio(value.lower(), cand.lower()) / 100.0
            if score >= threshold:
                key = (value, cand)
                cells[key] = max(score, cells.get(key, 0.0))
    return cells


def _values(values: object) -> list[str]:
    items = [to_string(v) for v in values]  # type: ignore[attr-defined]
    budget.current().check_collection(len(items))
    return [v for v in items if v.strip()]


def _best(cells: dict) -> Triple | None:
    if not cells:
        return None
    (value, cand), score = max(cells.items(), key=lambda kv: kv[1])  # first best wins
    return Triple(value, cand, score)


class TextService(ServiceHandle):
    handle_type = "TextService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.TextService"
    binding_name = "textService"

    def __init__(self, state: object = None):
        pass

    @staticmethod
    def _check(values: object, sentence: object, third: object) -> None:
        require(values, "values")
        require(sentence, "sentence")
        require(third, "third parameter")

    @script_method("Set", "String", "boolean")
    def searchExact(self, values: object, sentence: str, case_sensitive: bool) -> ScoreTable:
        self._check(values, sentence, case_sensitive)
        return ScoreTable(search_exact(values, sentence, case_sensitive))

    @script_method("Set", "String", "boolean")
    def bestExactMatch(self, values: object, sentence: str, case_sensitive: bool) -> object:
        self._check(values, sentence, case_sensitive)
        return _best(search_exact(values, sentence, case_sensitive))

    @script_method("Set", "String", "Double")
    def searchFuzzy(self, values: object, sentence: str, threshold: object) -> ScoreTable:
        self._check(values, sentence, threshold)
        return ScoreTable(search_fuzzy(values, sentence, float(threshold)))  # type: ignore

    @script_method("Set", "String", "Double")
    def bestFuzzyMatch(self, values: object, sentence: str, threshold: object) -> object:
        self._check(values, sentence, threshold)
        return _best(search_fuzzy(values, sentence, float(threshold)))  # type: ignore

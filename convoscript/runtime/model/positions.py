"""Where a script frame is: the Groovy line and column of the instruction it is running.

Codegen gives every Python node the Groovy line and the column of the operation's own token
(compiler/codegen.py `Codegen.at`); CPython keeps both per instruction (`co_positions`), so
the instruction a frame stopped at names the operation that failed.
"""

from __future__ import annotations

from itertools import islice
from types import CodeType


def column_at(code: CodeType, lasti: int, line: int | None) -> int | None:
    """The 1-based Groovy column of the instruction at byte offset `lasti` of `code`, or None
    when it is unknown or belongs to another line than `line` (the one being reported)."""
    if lasti < 0:
        return None
    # one co_positions entry per 2-byte code unit, inline caches included
    entry = next(islice(code.co_positions(), lasti // 2, None), None)
    if entry is None:
        return None
    start_line, _end_line, col, _end_col = entry
    if col is None or start_line != line:
        return None
    return col + 1

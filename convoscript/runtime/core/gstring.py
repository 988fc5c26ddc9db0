"""GString rendering: the text of a GString, made afresh each time it is needed.

Installed as `GString.render` when this module is imported: the value model's GString cannot
import the runtime, and rendering needs all of it (Groovy `toString()` of the values, lazy
`${-> x}` closures called under the budget, whose failure message renders values again).
"""

from __future__ import annotations

from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.utf16 import pair
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import Closure, GString


def gstring_text(g: GString) -> str:
    """The GString's text: the values' Groovy strings between its literal fragments."""
    strings, values = g.strings, g.values
    parts = [strings[0]]
    for i, v in enumerate(values):
        if isinstance(v, Closure):  # `"${-> x}"`: evaluated at each rendering
            v = call_closure(v)
        parts.append(to_string(v))
        parts.append(strings[i + 1])
    text = pair("".join(parts))  # halves of an emoji from two values join (utf16.py)
    budget.current().check_string(len(text))
    return text


GString.render = gstring_text

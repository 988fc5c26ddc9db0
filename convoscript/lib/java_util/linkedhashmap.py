"""java.util.LinkedHashMap's constructor.

A LinkedHashMap is Python's `dict` (insertion order): its methods are the Map GDK
(`gdk/maps.py`, receiver "Map"), with its keySet/entrySet views.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import map_contents
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.runtime.door.signatures import NoSignature, arity, check_size


def new_map(*args: object) -> dict:
    arity(args, 0, 1, 2)
    if not args:
        return {}
    if type(args[0]) is int:
        check_capacity(args[0])
        return {}
    entries = map_contents(args[0]) if len(args) == 1 else None
    if entries is not None:
        check_size(len(entries))
        return dict(entries)
    raise NoSignature


CONSTRUCTORS = {"java.util.LinkedHashMap": new_map}
DEFAULT_IMPORTS = {"LinkedHashMap": "java.util.LinkedHashMap"}

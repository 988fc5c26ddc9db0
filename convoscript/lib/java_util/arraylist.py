"""java.util.ArrayList's constructor, and the initial-capacity check the collection
constructors share.

An ArrayList is Python's `list`: its methods are the List and Collection GDK (`gdk/collections.py`,
receiver "List"), which runtime.core's dispatch chain finds for every list.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements, _is_collection
from convoscript.runtime.door.signatures import NoSignature, arity, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable


def check_capacity(value: object) -> None:
    """An initial capacity: an int, not negative (the collections here ignore its size)."""
    if type(value) is not int:
        raise NoSignature
    if value < 0:  # type: ignore[operator]
        raise GroovyThrowable("IllegalArgumentException", f"Illegal Capacity: {value}")


def new_list(*args: object) -> list:
    arity(args, 0, 1)
    if not args:
        return []
    if type(args[0]) is int:
        check_capacity(args[0])
        return []
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    check_size(len(items))
    return list(items)


CONSTRUCTORS = {"java.util.ArrayList": new_list}
DEFAULT_IMPORTS = {"ArrayList": "java.util.ArrayList"}

"""A closure's owner and thisObject, as Groovy gives them (`closure.owner`, `thisObject`).

The owner is where the closure was written: the enclosing closure, the script class instance
whose method (or field initialiser) made it, the class itself in a static member, or the
script. `make_closure` records it when the closure is made, from the generated function that
is making it (closure bodies are `c_*` functions, class members take `v_this...` first, a
class's members are `m_<Class>_*`). Every owner is a value the script already holds (`this`,
an object, a class, a closure), so reading it opens nothing new.
"""

from __future__ import annotations

import sys

from convoscript.runtime.core.closures import closure_running
from convoscript.runtime.model.runcontext import current
from convoscript.runtime.model.values import Closure, CurriedClosure


def creating_owner(depth: int) -> object:
    """The owner of a closure the generated code `depth` frames up is making (None: the
    script)."""
    frame = sys._getframe(depth + 1)
    code = frame.f_code
    name = code.co_name
    if name.startswith("c_"):
        return closure_running(frame)
    if not name.startswith("m_"):
        return None  # the script body
    if code.co_argcount and code.co_varnames[0].startswith("v_this"):
        return frame.f_locals.get(code.co_varnames[0])  # an instance member: `this`
    context = current()
    for cls in sorted(context.script_types, key=len, reverse=True):  # a static member
        if name.startswith(f"m_{cls}_"):
            return context.script_classes.get(cls)
    return None  # a script method


def owner_of(closure: Closure) -> object:
    """`closure.owner`: None stands for the script (`this` of the script)."""
    return closure.owner if closure.owner is not None else current().script_self


def this_object_of(closure: Closure) -> object:
    """`closure.thisObject`: the owner, skipping enclosing closures (a curried closure has
    none: Groovy makes it with an owner only)."""
    if isinstance(closure, CurriedClosure):
        return None
    owner = owner_of(closure)
    depth = 0
    while isinstance(owner, Closure) and depth < 10_000:
        owner, depth = owner_of(owner), depth + 1
    return owner

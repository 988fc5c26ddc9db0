"""`x.class.superclass`: the superclass of a class reference, as a class reference.

A class reference here is a sandboxed value that answers only its name, its superclass and the
statics the allow-list names, so walking up the hierarchy reaches no reflection: the walk ends
at `java.lang.Object`, whose superclass is null. Script classes answer from the run's own
class metadata; JDK classes from the table real Groovy printed (`allowlist.SUPERCLASSES`).
"""

from __future__ import annotations

from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.missing import refuse
from convoscript.runtime.model.exceptions import JAVA_PARENTS, qualified_name
from convoscript.runtime.model.runcontext import current


def script_superclass(super_name: str | None, kind: str, script_classes) -> str | None:
    """The qualified superclass of a script type declared `extends super_name` (as written)."""
    if kind == "interface":
        return None
    if kind == "enum":
        return "java.lang.Enum"
    if not super_name:
        return "java.lang.Object"
    if super_name in script_classes:
        return super_name
    simple = super_name.rsplit(".", 1)[-1]
    return qualified_name(simple) if simple in JAVA_PARENTS else super_name


def superclass_of(qualified: str) -> ClassRef | None:
    """The superclass of the class named `qualified`, or None (Object, an interface)."""
    supers = current().script_supers
    if qualified in supers:
        found = supers[qualified]
    elif qualified in allowlist.SUPERCLASSES:
        found = allowlist.SUPERCLASSES[qualified]
    else:  # a class whose hierarchy nobody checked against Groovy: refuse rather than guess
        raise refuse("Class.getSuperclass()")
    return None if found is None else ClassRef(found)

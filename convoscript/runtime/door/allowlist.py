"""The allow-list: every class, constructor, method, property and static member a script may
reach, as data in one place. Anything not named here is refused (default deny).

- `METHODS[kind][name]`: instance methods by receiver kind (see `types.dispatch_chain`).
- `PROPERTIES[kind][name]`: properties that are not plain getters (`entry.key`).
- `STATIC_METHODS[class][name]`, `STATIC_FIELDS[class][name]`, `CONSTRUCTORS[class]`.
- `SUPERCLASSES`: the superclass of every JDK class a script can hold (`x.class.superclass`).
- `CLASS_NAMES`: simple names scripts may use without an import (Groovy's default imports,
  restricted to allowed classes) and `IMPORTABLE`: classes an `import` line may name.
- `DENIED_CLASSES`, `DENIED_MEMBERS`: the permanent deny-list. No extension can open these:
  reflection, class loading, processes, files, network, threads, System, Runtime, metaclass
  and dynamic evaluation.

The door owns the tables and the deny-lists; the library (`convoscript.lib`, a layer above)
fills the tables by calling `register` when it is imported. `ensure_library_loaded` is the
door's one plug-in point: the first read of a table (`allowlist.METHODS`, ...) imports the
library once, so the dispatcher, the compiler's class-name lookup and the tools find the
tables full without importing the library themselves (the engine imports it up front, so no
timed run pays for loading it). After that first read the tables are plain module attributes:
no lookup pays for the loading. What the library registered is listed in docs/allowlist.md
(`tools/gen_allowlist_doc.py`).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door import distances, surface
from convoscript.runtime.model import runcontext

# The package whose import registers the tables.
_LIBRARY = "convoscript.lib"


# What Groovy's own exceptions carry besides a message (`e.property`, `e.method`).
# `type` is the class (a class reference, as getType() gives), `arguments` an Object[].
def _exception_type(e) -> ClassRef | None:
    name = e.details.get("type")  # `static java.lang.Math` names a static call's class
    return None if name is None else ClassRef(name.removeprefix("static "))


EXCEPTION_PROPERTIES: dict[str, dict[str, Callable]] = {
    "MissingPropertyException": {
        "property": lambda e: e.details.get("property"),
        "type": _exception_type,
    },
    "MissingMethodException": {
        "method": lambda e: e.details.get("method"),
        "type": _exception_type,
        "arguments": lambda e: make_array("Object", list(e.details.get("arguments", []))),
    },
}

# The tables, as `register` fills them. They become the module attributes below (METHODS ...)
# on the first read of one (`__getattr__`), once the library has registered.
_TABLES: dict[str, dict] = {
    "METHODS": {},
    "PROPERTIES": dict(EXCEPTION_PROPERTIES),
    "STATIC_METHODS": {},
    "STATIC_FIELDS": {},
    "CONSTRUCTORS": {},
    "CLASS_NAMES": {},  # simple name -> qualified name, for classes usable without an import
    "IMPORTABLE": {},  # classes an `import` line may name (besides the default ones)
    "SUPERCLASSES": {},  # qualified name -> its superclass's (None: Object or an interface)
}
METHODS: dict[str, dict[str, Callable]]
PROPERTIES: dict[str, dict[str, Callable]]
STATIC_METHODS: dict[str, dict[str, Callable]]
STATIC_FIELDS: dict[str, dict[str, object]]
CONSTRUCTORS: dict[str, Callable]
CLASS_NAMES: dict[str, str]
IMPORTABLE: dict[str, str]
SUPERCLASSES: dict[str, str | None]

_CLASS_NAMES = _TABLES["CLASS_NAMES"]
# The library's signature lines (file, line number, text) and its receiver kinds' Java types,
# bound to the tables once the library has registered (`surface.bind`).
_SIGNATURES: list[tuple[str, int, str]] = []
_KINDS: dict[str, tuple[str, ...]] = {}
_COSTS: list[tuple[str, int, str]] = []  # the members' costs (runtime/door/costs.py)
_TYPES: dict[str, tuple[str, ...] | None] = {}  # parameter types: superclasses, None: interface
# The importable classes by simple name (`LocalDate`), filled once the library has registered.
_IMPORTABLE_BY_SIMPLE_NAME: dict[str, str] = {}
_loaded = False
_loading = False
_lock = threading.RLock()


def register(**tables: dict) -> None:
    """Add entries to the named tables (`register(METHODS={...}, CLASS_NAMES={...})`). Called by
    the library while it is imported; an entry registered twice is an error, and nothing here
    can open the deny-lists (dispatch checks them before any table)."""
    for name, entries in tables.items():
        table = _TABLES[name]
        overlap = table.keys() & entries.keys()
        if overlap:
            raise ValueError(f"allow-list {name} already has {sorted(overlap)}")
        table.update(entries)


def register_signatures(
    lines: list[tuple[str, int, str]],
    kinds: dict,
    costs: list[tuple[str, int, str]],
    types: dict | None = None,
) -> None:
    """The library's declaration of its surface: one Jenkins-format line per overload, the
    cost of each member (runtime/door/costs.py), and its parameter types as the JVM knows
    them (interface, or class and superclasses: distances.py)."""
    _SIGNATURES.extend(lines)
    _KINDS.update(kinds)
    _COSTS.extend(costs)
    _TYPES.update(types or {})


def ensure_library_loaded(bind: bool = True) -> None:
    """Import the library once (its import registers the tables), bind its signature lines
    and publish the tables. `bind=False` is for the tool that writes the lines
    (tools/surface/reflect.py): it reads the tables as the library registered them."""
    global _loaded, _loading
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        if _loading:  # the library read a table while registering: it would see it half full
            raise RuntimeError(f"{_LIBRARY} read the allow-list while registering into it")
        _loading = True
        try:
            importlib.import_module(_LIBRARY)
            problems = surface.bind(_TABLES, _SIGNATURES, _KINDS, _COSTS) if bind else []
        finally:
            _loading = False
        if problems:
            shown = "\n  ".join(problems[:40])
            more = f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else ""
            raise surface.SurfaceError(
                f"the library and its signature lines disagree:\n  {shown}{more}"
            )
        globals().update(_TABLES)
        distances.learn(_TYPES, _TABLES["SUPERCLASSES"])
        _index_importable(_TABLES["IMPORTABLE"].values())
        _loaded = True


def _index_importable(qualified_names) -> None:
    simple_names: dict[str, set[str]] = {}
    for q in qualified_names:
        simple_names.setdefault(q.rsplit(".", 1)[-1], set()).add(q)
    _IMPORTABLE_BY_SIMPLE_NAME.update(  # a name two importable classes share is left out
        (simple, next(iter(qs))) for simple, qs in simple_names.items() if len(qs) == 1
    )


def __getattr__(name: str) -> object:
    """The first read of a table (PEP 562: only while it is not yet a module attribute)."""
    if name in _TABLES:
        ensure_library_loaded()
        return _TABLES[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DENIED_CLASSES: frozenset[str] = frozenset(
    {
        "java.lang.System",
        "java.lang.Runtime",
        "java.lang.Thread",
        "java.lang.ThreadGroup",
        "java.lang.Class",
        "java.lang.ClassLoader",
        "java.lang.Process",
        "java.lang.ProcessBuilder",
        "java.lang.reflect.Method",
        "java.lang.reflect.Field",
        "java.lang.reflect.Constructor",
        "java.lang.invoke.MethodHandles",
        "java.io.File",
        "java.io.FileInputStream",
        "java.io.FileOutputStream",
        "java.io.FileReader",
        "java.io.FileWriter",
        "java.io.RandomAccessFile",
        "java.io.ObjectInputStream",
        "java.io.ObjectOutputStream",
        "java.nio.file.Files",
        "java.nio.file.Paths",
        "java.nio.file.Path",
        "java.net.URL",
        "java.net.URI",
        "java.net.Socket",
        "java.net.ServerSocket",
        "java.net.URLClassLoader",
        "java.net.HttpURLConnection",
        "java.util.concurrent.Executors",
        "java.util.Timer",
        "groovy.util.Eval",
        "groovy.lang.GroovyShell",
        "groovy.lang.GroovyClassLoader",
        "groovy.lang.GroovySystem",
        "groovy.lang.MetaClass",
        "groovy.lang.ExpandoMetaClass",
        "groovy.lang.Script",
        "groovy.lang.Binding",
        "groovy.util.GroovyScriptEngine",
        "javax.script.ScriptEngineManager",
        "org.codehaus.groovy.runtime.InvokerHelper",
        "sun.misc.Unsafe",
        "groovy.util.AntBuilder",
        "groovy.grape.Grape",
    }
)

# Members of a denied class that name an inert nested class, answered as its class reference:
# `Thread.State` is an enum of six constants; no script can hold a Thread they would describe.
NESTED_IN_DENIED: dict[tuple[str, str], str] = {
    ("java.lang.Thread", "State"): "java.lang.Thread$State",
}

# Simple names of denied classes, as Groovy's default imports would resolve them.
DENIED_SIMPLE_NAMES: dict[str, str] = {
    q.rsplit(".", 1)[-1]: q
    for q in DENIED_CLASSES
    if q.rsplit(".", 1)[0]
    in ("java.lang", "java.io", "java.net", "java.util", "groovy.lang", "groovy.util")
}

# Members no receiver may expose, with the Java signature named in the refusal.
DENIED_MEMBERS: dict[str, str] = {
    "execute": "execute",
    "getClassLoader": "getClassLoader",
    "classLoader": "getClassLoader",
    "getMetaClass": "getMetaClass",
    "metaClass": "getMetaClass",
    "setMetaClass": "setMetaClass",
    "invokeMethod": "invokeMethod",
    "getProperty": "getProperty",
    "setProperty": "setProperty",
    "getProperties": "getProperties",
    "properties": "getProperties",
    "evaluate": "evaluate",
    "newInstance": "newInstance",
    "forName": "forName",
    "getDeclaredMethods": "getDeclaredMethods",
    "getDeclaredFields": "getDeclaredFields",
    "getMethods": "getMethods",
    "getDeclaredMethod": "getDeclaredMethod",
    "getMethod": "getMethod",
    "getDeclaredField": "getDeclaredField",
    "getField": "getField",
    "dump": "dump",
    "sleep": "sleep",
    "wait": "wait",
    "notify": "notify",
    "notifyAll": "notifyAll",
    "finalize": "finalize",
    "getMetaPropertyValues": "getMetaPropertyValues",
    "withTraits": "withTraits",
    "asType": "asType",
    "getBinding": "getBinding",
    "binding": "getBinding",
    "setBinding": "setBinding",
    "getRuntime": "getRuntime",
    "getEnv": "getenv",
    "getenv": "getenv",
    "loadLibrary": "loadLibrary",
    "withReader": "withReader",
    "withWriter": "withWriter",
    "newReader": "newReader",
    "eachFile": "eachFile",
    "rehydrate": "rehydrate",
}

# Denied names that Groovy's own exceptions answer, without arguments, as plain getters of what
# they carry: a MissingMethodException's `getMethod()` is the missing method's name (not
# Class.getMethod, reflection), a MissingPropertyException's `getProperty()` the property's
# name (not GroovyObject.getProperty(String), dispatch by a computed name).
EXCEPTION_GETTERS: dict[str, str] = {
    "getMethod": "MissingMethodException",
    "getProperty": "MissingPropertyException",
}

# Open only on instances of script classes (`obj.properties`: a map of the object's own
# values and its class reference); on any other receiver they reach Java beans or the script.
SCRIPT_OBJECT_PROPERTIES: frozenset[str] = frozenset({"properties", "getProperties"})

# On class references: members that would reach reflection or class loading.
CLASS_DENIED_METHODS: frozenset[str] = frozenset(
    {
        "getClassLoader",
        "forName",
        "newInstance",
        "getDeclaredMethods",
        "getMethods",
        "getDeclaredFields",
        "getFields",
        "getConstructors",
        "getDeclaredConstructors",
        "getProtectionDomain",
        "getResource",
        "getResourceAsStream",
        "getInterfaces",
        "cast",
        "getEnumConstants",
        "getPackage",
        "getModule",
    }
)
CLASS_DENIED_PROPERTIES: dict[str, str] = {
    "classLoader": "getClassLoader",
    "declaredMethods": "getDeclaredMethods",
    "methods": "getMethods",
    "declaredFields": "getDeclaredFields",
    "fields": "getFields",
    "constructors": "getConstructors",
    "protectionDomain": "getProtectionDomain",
    "interfaces": "getInterfaces",
    "package": "getPackage",
    "module": "getModule",
    "metaClass": "getMetaClass",
}


def resolve_type_name(name: str) -> str | None:
    """Qualified name for a type as a declaration, cast or parameter writes it, or None for the
    script's own classes. The compiler resolves imports for `new` and `instanceof` only, so a
    simple name here may be an importable class the script imported (the compiler refuses any
    other import): it is found by its simple name."""
    qualified = resolve_class_name(name)
    if qualified is None and name not in runcontext.current().script_types:
        # a class or interface the script declares shadows an importable class's simple name
        # (a script's `interface Normalizer` is not java.text.Normalizer)
        qualified = _IMPORTABLE_BY_SIMPLE_NAME.get(name)
    return qualified


def resolve_class_name(name: str) -> str | None:
    """Qualified name for a class named in a script (simple or qualified), or None if unknown."""
    if not _loaded:
        ensure_library_loaded()
    if name in _CLASS_NAMES:
        return _CLASS_NAMES[name]
    if name in DENIED_SIMPLE_NAMES:
        return DENIED_SIMPLE_NAMES[name]
    if "." in name:
        return name
    return None

"""The allow-list: every class, constructor, method, property and static member a script may
reach, as data in one place. Anything not named here is refused (default deny).

- `METHODS[kind][name]`: instance methods by receiver kind (see `types.dispatch_chain`).
- `PROPERTIES[kind][name]`: properties that are not plain getters (`entry.key`).
- `STATIC_METHODS[class][name]`, `STATIC_FIELDS[class][name]`, `CONSTRUCTORS[class]`.
- `CLASS_NAMES`: simple names scripts may use without an import (Groovy's default imports,
  restricted to allowed classes) and `IMPORTABLE`: classes an `import` line may name.
- `DENIED_CLASSES`, `DENIED_MEMBERS`: the permanent deny-list. No extension can open these:
  reflection, class loading, processes, files, network, threads, System, Runtime, metaclass
  and dynamic evaluation.
"""

from __future__ import annotations

from collections.abc import Callable

from convoscript.lib import javalib as gdk_javalib
from convoscript.lib.gdk import closures as gdk_closures
from convoscript.lib.gdk import collections as gdk_collections
from convoscript.lib.gdk import maps as gdk_maps
from convoscript.lib.gdk import numbers as gdk_numbers
from convoscript.lib.gdk import objects as gdk_objects
from convoscript.lib.gdk import stringlayout as gdk_stringlayout
from convoscript.lib.gdk import strings as gdk_strings
from convoscript.lib.java_lang import statics as gdk_statics
from convoscript.lib.java_util import linkedlist as gdk_linkedlist

METHODS: dict[str, dict[str, Callable]] = {
    "Object": gdk_objects.METHODS,
    **gdk_strings.METHODS,
    **gdk_collections.METHODS,
    **gdk_maps.METHODS,
    **gdk_numbers.METHODS,
    **gdk_closures.METHODS,
    **gdk_statics.METHODS,
    **gdk_javalib.METHODS,
    **gdk_linkedlist.METHODS,
    "CharSequence": {**gdk_strings.CHAR_SEQUENCE_METHODS, **gdk_stringlayout.CHAR_SEQUENCE_METHODS},
}

# What Groovy's own exceptions carry besides a message (`e.property`, `e.method`).
EXCEPTION_PROPERTIES: dict[str, dict[str, Callable]] = {
    "MissingPropertyException": {
        "property": lambda e: e.details.get("property"),
        "type": lambda e: e.details.get("type"),
    },
    "MissingMethodException": {
        "method": lambda e: e.details.get("method"),
        "type": lambda e: e.details.get("type"),
        "arguments": lambda e: list(e.details.get("arguments", [])),
    },
}

PROPERTIES: dict[str, dict[str, Callable]] = {
    **gdk_maps.PROPERTIES,
    **gdk_collections.PROPERTIES,
    **gdk_statics.PROPERTIES,
    **EXCEPTION_PROPERTIES,
}

STATIC_METHODS: dict[str, dict[str, Callable]] = {
    **gdk_statics.STATIC_METHODS,
    **gdk_javalib.STATIC_METHODS,
}
STATIC_FIELDS: dict[str, dict[str, object]] = {
    **gdk_statics.STATIC_FIELDS,
    **gdk_closures.STATIC_FIELDS,
    **gdk_javalib.STATIC_FIELDS,
}
CONSTRUCTORS: dict[str, Callable] = {**gdk_statics.CONSTRUCTORS, **gdk_javalib.CONSTRUCTORS}

# Simple name -> qualified name for classes usable without an import.
CLASS_NAMES: dict[str, str] = {**gdk_statics.DEFAULT_IMPORTS, **gdk_javalib.DEFAULT_IMPORTS}

# Classes an `import` line may name (besides the default ones).
IMPORTABLE: dict[str, str] = {**gdk_statics.IMPORTABLE, **gdk_javalib.IMPORTABLE}

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
    "getOwner": "getOwner",
    "owner": "getOwner",
    "getThisObject": "getThisObject",
    "thisObject": "getThisObject",
    "rehydrate": "rehydrate",
}

# Denied only on closures (they would reach the enclosing script object); on any other
# receiver these are ordinary names (a builder DSL's `owner { ... }` entry, a map key).
CLOSURE_ONLY_DENIED: frozenset[str] = frozenset(
    {"owner", "getOwner", "thisObject", "getThisObject"}
)

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
        "getSuperclass",
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
    "superclass": "getSuperclass",
    "protectionDomain": "getProtectionDomain",
    "interfaces": "getInterfaces",
    "package": "getPackage",
    "module": "getModule",
    "metaClass": "getMetaClass",
}


def resolve_class_name(name: str) -> str | None:
    """Qualified name for a class named in a script (simple or qualified), or None if unknown."""
    if name in CLASS_NAMES:
        return CLASS_NAMES[name]
    if name in DENIED_SIMPLE_NAMES:
        return DENIED_SIMPLE_NAMES[name]
    if "." in name:
        return name
    return None

"""What scripts may use: the GDK and the JDK classes implemented in Python.

Importing this package registers their tables into the allow-list of `runtime.door` (the door
imports it on the first read of a table: `allowlist.ensure_library_loaded`). The GDK tables are
gathered here by receiver; the JDK classes beyond the core GDK are gathered by `javalib`.
"""

from __future__ import annotations

from convoscript.lib import javalib
from convoscript.lib.gdk import closures as gdk_closures
from convoscript.lib.gdk import collections as gdk_collections
from convoscript.lib.gdk import maps as gdk_maps
from convoscript.lib.gdk import numbers as gdk_numbers
from convoscript.lib.gdk import objects as gdk_objects
from convoscript.lib.gdk import stringlayout as gdk_stringlayout
from convoscript.lib.gdk import strings as gdk_strings
from convoscript.lib.java_lang import statics
from convoscript.lib.java_util import linkedlist
from convoscript.runtime.door import allowlist

allowlist.register(
    METHODS={
        "Object": gdk_objects.METHODS,
        **gdk_strings.METHODS,
        **gdk_collections.METHODS,
        **gdk_maps.METHODS,
        **gdk_numbers.METHODS,
        **gdk_closures.METHODS,
        **statics.METHODS,
        **javalib.METHODS,
        **linkedlist.METHODS,
        "CharSequence": {
            **gdk_strings.CHAR_SEQUENCE_METHODS,
            **gdk_stringlayout.CHAR_SEQUENCE_METHODS,
        },
    },
    PROPERTIES={**gdk_maps.PROPERTIES, **gdk_collections.PROPERTIES, **statics.PROPERTIES},
    STATIC_METHODS={**statics.STATIC_METHODS, **javalib.STATIC_METHODS},
    STATIC_FIELDS={**statics.STATIC_FIELDS, **gdk_closures.STATIC_FIELDS, **javalib.STATIC_FIELDS},
    # javalib's BigDecimal constructor (with a MathContext) replaces the plain one
    CONSTRUCTORS={**statics.CONSTRUCTORS, **javalib.CONSTRUCTORS},
    CLASS_NAMES={**statics.DEFAULT_IMPORTS, **javalib.DEFAULT_IMPORTS},
    IMPORTABLE={**statics.IMPORTABLE, **javalib.IMPORTABLE},
)

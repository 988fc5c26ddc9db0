"""java.util.function: the functional interfaces a script may import and coerce a closure to
(`{ it * 2 } as Function`, `Predicate<String> empty = { it.isEmpty() }`). They are type names
only; the coerced closure is core's InterfaceProxy (runtime/core/coerced.py), which knows their
methods."""

from __future__ import annotations

from convoscript.runtime.core.coerced import FUNCTIONAL_INTERFACES

IMPORTABLE = {q: q for q in FUNCTIONAL_INTERFACES}

"""Where the library's signature lines live: `signatures.txt` in each package folder (grouped by
Java package; the GDK's in gdk/), the receiver kinds' Java types in `kinds.txt`.

A signature line is Jenkins script-security's whitelist format, one overload per line:

    method java.lang.String replaceAll java.lang.String java.lang.String
    staticMethod org.codehaus.groovy.runtime.DefaultGroovyMethods collect java.util.Collection groovy.lang.Closure
    staticMethod java.lang.Math max int int
    new java.math.BigDecimal java.lang.String
    staticField java.math.RoundingMode HALF_UP

`tools/surface/reflect.py` writes them from the real JVM; the door's registry
(`runtime/door/surface.py`) binds them to the implementations. `#` starts a comment line.
A `kinds.txt` line names a receiver kind of the tables, its Java type and the Java types it is
assignable to: `kind List java.util.List java.util.Collection java.lang.Iterable java.lang.Object`.
A `types.txt` line says whether a parameter type is an interface or a class, and a class's
superclasses: `class java.math.BigDecimal java.lang.Number java.lang.Object`.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS_FILE = HERE / "kinds.txt"
TYPES_FILE = HERE / "types.txt"
FILE_NAME = "signatures.txt"
# Each package's member costs sit beside its signature lines (runtime/door/costs.py says the
# format): the lines and their prices change together, in one folder, by one author.
COSTS_NAME = "costs.txt"

# Receiver kinds whose name is not a class's simple name.
SPECIAL_KINDS = {
    "Array": "java.lang.Object[]",
    "TimeEnum": "java.lang.Enum",
    "MapEntry": "java.util.Map$Entry",
    "ThreadState": "java.lang.Thread$State",
    "MapWithDefault": "groovy.lang.MapWithDefault",
    "MapKeySet": "java.util.LinkedHashMap$LinkedKeySet",
    "MapEntrySet": "java.util.LinkedHashMap$LinkedEntrySet",
    "IntStream": "java.util.stream.IntStream",
    "Stream": "java.util.stream.Stream",
    "Optional": "java.util.Optional",
    "ZoneRules": "java.time.zone.ZoneRules",
    "OptionalInt": "java.util.OptionalInt",
    "OptionalDouble": "java.util.OptionalDouble",
    "Range": "groovy.lang.Range",
    "Temporal": "java.time.temporal.Temporal",
    "Iterable": "java.lang.Iterable",
    "Object": "java.lang.Object",
    "Class": "java.lang.Class",
    "Number": "java.lang.Number",
    "CharSequence": "java.lang.CharSequence",
    "Throwable": "java.lang.Throwable",
    "Closure": "groovy.lang.Closure",
    "Iterator": "java.util.Iterator",
    "JsonBuilder": "groovy.json.JsonBuilder",
    "GroovyBaseDuration": "groovy.time.BaseDuration",
    "GroovyDuration": "groovy.time.Duration",
    "GroovyDatumDependentDuration": "groovy.time.DatumDependentDuration",
    "GroovyDurationFrom": "groovy.time.BaseDuration$From",
    "GroovyPrintWriter": "groovy.io.GroovyPrintWriter",
    "NormalizerForm": "java.text.Normalizer$Form",
}

# Java package (longest prefix first) -> the library folder holding its lines.
_FOLDERS = (
    ("org.codehaus.groovy.runtime.", "gdk"),
    ("org.codehaus.groovy.vmplugin.", "gdk"),
    ("groovy.json.", "groovy_json"),
    ("groovy.time.", "groovy_time"),
    ("groovy.util.", "groovy_util"),
    ("groovy.", "gdk"),
    ("java.util.regex.", "java_regex"),
    # the exception classes of these packages are plain values, made with java.lang's
    # throwables (java_lang/throwables.py)
    ("java.util.concurrent.", "java_lang"),
    ("java.net.", "java_lang"),
    ("java.util.", "java_util"),
    ("java.lang.", "java_lang"),
    ("java.math.", "java_math"),
    ("java.text.", "java_text"),
    ("java.time.", "java_time"),
    ("java.io.", "java_io"),
)


def folder_of(line: str) -> str:
    """The library folder whose signatures.txt holds a line (by the Java package of its owner)."""
    owner = line.split()[1]
    for prefix, folder in _FOLDERS:
        if owner.startswith(prefix):
            return folder
    raise ValueError(f"no library folder for {owner}")


def files() -> list[Path]:
    return sorted(HERE.glob(f"*/{FILE_NAME}"))


def read_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of each signature line of a file, comments and blanks left out."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if text and not text.startswith("#"):
            out.append((number, text))
    return out


def load() -> list[tuple[str, int, str]]:
    """Every signature line of the library: (file, line number, text)."""
    out: list[tuple[str, int, str]] = []
    for path in files():
        rel = f"convoscript/lib/{path.parent.name}/{path.name}"
        out.extend((rel, number, text) for number, text in read_lines(path))
    return out


def load_kinds() -> dict[str, tuple[str, ...]]:
    """kind -> (its Java type, then every Java type it is assignable to)."""
    out: dict[str, tuple[str, ...]] = {}
    for _, text in read_lines(KINDS_FILE):
        _, kind, *types = text.split()
        out[kind] = tuple(types)
    return out


def load_types() -> dict[str, tuple[str, ...] | None]:
    """Each reference type the lines' parameters name -> its superclasses up to
    java.lang.Object, or None for an interface (`types.txt`, written from the JVM)."""
    out: dict[str, tuple[str, ...] | None] = {}
    for _, text in read_lines(TYPES_FILE):
        form, name, *supers = text.split()
        out[name] = None if form == "interface" else tuple(supers)
    return out


def load_costs() -> list[tuple[str, int, str]]:
    """Every cost entry of the library: (file, line number, text)."""
    out: list[tuple[str, int, str]] = []
    for path in sorted(HERE.glob(f"*/{COSTS_NAME}")):
        rel = f"convoscript/lib/{path.parent.name}/{path.name}"
        out.extend((rel, number, text) for number, text in read_lines(path))
    return out

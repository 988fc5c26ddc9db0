"""Write the first `costs.txt` of each library folder from its signature lines (a one-off
bootstrap; afterwards the files are edited by hand, like any declaration).

Each owner's members get the cost its kind of class has: value classes (numbers, dates, times,
exceptions, enums, formats) are constant-cost and get a wildcard; the GDK, strings, string
builders and collection classes get one entry per name, constant for the O(1) members and
linear in the receiver for the rest; the members whose result grows with an argument get the
exact entry in GROWING below. Run: `.venv/bin/python tools/surface/write_costs.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from convoscript.lib import signature_files  # noqa: E402

GDK = "org.codehaus.groovy.runtime."
LINEAR = "steps 1 + size(self) / 16"
CONSTANT = "steps 1"

# Members whose work or result grows with an argument: exact entries.
GROWING = {
    # strings: the result's length is known before it is built
    (
        GDK + "StringGroovyMethods",
        "padLeft",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "StringGroovyMethods",
        "padRight",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "StringGroovyMethods",
        "center",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "DefaultGroovyMethods",
        "padLeft",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "DefaultGroovyMethods",
        "padRight",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "DefaultGroovyMethods",
        "center",
    ): "steps 1 + max(len(self), int(arg0)) / 64 ; text max(len(self), int(arg0))",
    (
        GDK + "StringGroovyMethods",
        "multiply",
    ): "steps 1 + len(self) * int(arg0) / 64 ; text len(self) * int(arg0)",
    (
        GDK + "DefaultGroovyMethods",
        "multiply",
    ): "steps 1 + size(self) * int(arg0) / 16 ; items size(self) * int(arg0)",
    (GDK + "StringGroovyMethods", "expand"): "steps 1 + len(self) / 16",
    (GDK + "StringGroovyMethods", "unexpand"): "steps 1 + len(self) / 16",
    (GDK + "DefaultGroovyMethods", "expand"): "steps 1 + len(self) / 16",
    (GDK + "DefaultGroovyMethods", "unexpand"): "steps 1 + len(self) / 16",
    (
        GDK + "StringGroovyMethods",
        "tr",
    ): "steps 1 + (len(self) + len(arg0) + len(arg1)) / 16 ; text len(self)",
    (
        GDK + "DefaultGroovyMethods",
        "tr",
    ): "steps 1 + (len(self) + len(arg0) + len(arg1)) / 16 ; text len(self)",
    (GDK + "StringGroovyMethods", "tokenize"): "steps 1 + (len(self) + len(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "tokenize"): "steps 1 + (len(self) + len(arg0)) / 16",
    (GDK + "StringGroovyMethods", "split"): "steps 1 + (len(self) + len(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "split"): "steps 1 + size(self) / 16",
    (GDK + "StringGroovyMethods", "replaceAll"): "steps 1 + (len(self) + len(arg1)) / 16",
    (GDK + "StringGroovyMethods", "replaceFirst"): "steps 1 + (len(self) + len(arg1)) / 16",
    (GDK + "StringGroovyMethods", "toList"): "steps 1 + len(self) / 16 ; items len(self)",
    (GDK + "StringGroovyMethods", "toSet"): "steps 1 + len(self) / 16",
    (GDK + "StringGroovyMethods", "reverse"): "steps 1 + len(self) / 16 ; text len(self)",
    # collections: the result has at least one element per element of the receiver
    (GDK + "DefaultGroovyMethods", "collect"): "steps 1 + size(self) / 16 ; items size(self)",
    (GDK + "DefaultGroovyMethods", "toList"): "steps 1 + size(self) / 16 ; items size(self)",
    (GDK + "DefaultGroovyMethods", "sort"): "steps 1 + size(self) / 4 ; items size(self)",
    (GDK + "DefaultGroovyMethods", "toSorted"): "steps 1 + size(self) / 4 ; items size(self)",
    (GDK + "DefaultGroovyMethods", "withIndex"): "steps 1 + size(self) / 16 ; items size(self)",
    (GDK + "DefaultGroovyMethods", "indexed"): "steps 1 + size(self) / 16",
    (GDK + "DefaultGroovyMethods", "permutations"): "steps 1 + size(self) ; items size(self)",
    (GDK + "DefaultGroovyMethods", "eachPermutation"): "steps 1 + size(self)",
    (GDK + "DefaultGroovyMethods", "subsequences"): "steps 1 + size(self) ; items size(self)",
    (GDK + "DefaultGroovyMethods", "combinations"): "steps 1 + size(self)",
    (GDK + "DefaultGroovyMethods", "plus"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "StringGroovyMethods", "plus"): "steps 1 + (len(self) + len(arg0)) / 64",
    (GDK + "DefaultGroovyMethods", "join"): "steps 1 + size(self) / 4",
    (GDK + "DefaultGroovyMethods", "sum"): "steps 1 + size(self) / 4",
    (GDK + "DefaultGroovyMethods", "inject"): "steps 1 + size(self) / 16",
    (GDK + "DefaultGroovyMethods", "unique"): "steps 1 + size(self) / 4",
    (GDK + "DefaultGroovyMethods", "toUnique"): "steps 1 + size(self) / 4",
    (GDK + "DefaultGroovyMethods", "flatten"): "steps 1 + size(self) / 4",
    (GDK + "DefaultGroovyMethods", "containsAll"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "intersect"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "disjoint"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "minus"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "removeAll"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "retainAll"): "steps 1 + (size(self) + size(arg0)) / 16",
    (GDK + "DefaultGroovyMethods", "addAll"): "steps 1 + size(arg0) / 16 + size(arg1) / 16",
    (GDK + "DefaultGroovyMethods", "putAll"): "steps 1 + size(arg0) / 16",
    (GDK + "DefaultGroovyMethods", "step"): "steps 1 + arg1 / 16",
    (GDK + "DefaultGroovyMethods", "times"): "steps 1",
    # JDK
    ("java.lang.String", "repeat"): "steps 1 + len(self) * arg0 / 64 ; text len(self) * arg0",
    (
        "java.lang.String",
        "concat",
    ): "steps 1 + (len(self) + len(arg0)) / 64 ; text len(self) + len(arg0)",
    ("java.lang.String", "join"): "steps 1 + (size(arg1) + size(arg2) + size(arg3)) / 4",
    ("java.lang.String", "format"): "steps 1 + (len(arg0) + len(arg1)) / 16 + size(arg2) / 4",
    ("java.lang.String", "valueOf"): "steps 1 + len(arg0) / 16",
    ("java.lang.String", "new"): "steps 1 + len(arg0) / 16",
    ("java.lang.StringBuilder", "append"): "steps 1 + len(arg0) / 64 ; text len(self) + len(arg0)",
    (
        "java.lang.StringBuilder",
        "insert",
    ): "steps 1 + (len(self) + len(arg1)) / 64 ; text len(self) + len(arg1)",
    ("java.lang.StringBuilder", "new"): "steps 1 + len(arg0) / 64",
    ("java.lang.StringBuffer", "append"): "steps 1 + len(arg0) / 64 ; text len(self) + len(arg0)",
    ("java.util.Collections", "nCopies"): "steps 1 + arg0 / 64 ; items arg0",
    ("java.util.Collections", "fill"): "steps 1 + size(arg0) / 16",
    ("java.util.Arrays", "fill"): "steps 1 + size(arg0) / 16",
    ("java.util.Arrays", "copyOf"): "steps 1 + arg1 / 16 ; items arg1",
    ("java.util.Arrays", "asList"): "steps 1 + size(arg0) / 16",
    ("java.util.Arrays", "toString"): "steps 1 + size(arg0) / 4",
    ("java.util.Arrays", "deepToString"): "steps 1 + size(arg0) / 4",
    ("java.util.Arrays", "sort"): "steps 1 + size(arg0) / 4",
    ("groovy.json.JsonOutput", "toJson"): "steps 1 + (len(arg0) + size(arg0)) / 16",
    ("groovy.json.JsonOutput", "prettyPrint"): "steps 1 + len(arg0) / 16",
    ("groovy.json.JsonSlurper", "parseText"): "steps 1 + len(arg0) / 16",
    ("groovy.json.JsonSlurper", "parse"): "steps 1 + len(arg0) / 16",
}

# Members of the GDK, strings, builders and collections that take constant work whatever the
# receiver (the rest of those owners' members walk their receiver: LINEAR).
CONSTANT_NAMES = {
    "abs",
    "add",
    "addFirst",
    "addLast",
    "and",
    "asBoolean",
    "bitwiseNegate",
    "call",
    "charAt",
    "clear",
    "codePointAt",
    "comparator",
    "compareTo",
    "curry",
    "descendingIterator",
    "div",
    "element",
    "first",
    "get",
    "getAt",
    "getChars",
    "getClass",
    "getCount",
    "getDelegate",
    "getFirst",
    "getKey",
    "getLast",
    "getMaximumNumberOfParameters",
    "getOwner",
    "getResolveStrategy",
    "getThisObject",
    "getValue",
    "hasGroup",
    "hasNext",
    "head",
    "identity",
    "implies",
    "intdiv",
    "is",
    "isBigDecimal",
    "isBigInteger",
    "isCase",
    "isDigit",
    "isDouble",
    "isEmpty",
    "isFloat",
    "isInteger",
    "isLetter",
    "isLetterOrDigit",
    "isLong",
    "isLowerCase",
    "isNumber",
    "isUpperCase",
    "isWhitespace",
    "iterator",
    "last",
    "leftShift",
    "length",
    "listIterator",
    "memoize",
    "mod",
    "ncurry",
    "next",
    "nextIndex",
    "offer",
    "offerFirst",
    "offerLast",
    "or",
    "peek",
    "peekFirst",
    "peekLast",
    "poll",
    "pollFirst",
    "pollLast",
    "pop",
    "power",
    "previous",
    "previousIndex",
    "push",
    "put",
    "putAt",
    "rcurry",
    "remove",
    "removeAt",
    "removeFirst",
    "removeLast",
    "rightShift",
    "rightShiftUnsigned",
    "round",
    "run",
    "set",
    "setCharAt",
    "setDelegate",
    "setLength",
    "setResolveStrategy",
    "setValue",
    "size",
    "swap",
    "times",
    "toBigDecimal",
    "toBigInteger",
    "toBoolean",
    "toCharacter",
    "toDouble",
    "toFloat",
    "toInteger",
    "toLong",
    "trunc",
    "upto",
    "downto",
    "use",
    "with",
    "withDefault",
    "xor",
    "containsKey",
    "getOrDefault",
    "putIfAbsent",
    "computeIfAbsent",
    "computeIfPresent",
    "compute",
    "merge",
    "getFrom",
    "getTo",
    "isReverse",
    "getInclusive",
    "capacity",
    "ensureCapacity",
    "trimToSize",
    # members that may stop early (`(1..10**9).find { it > 5 }` is cheap in Groovy): charged
    # per element by the closure each element is passed to, and by the implementation's own
    # walk, not up front
    "find",
    "findResult",
    "any",
    "every",
    "findIndexOf",
    "findLastIndexOf",
    "takeWhile",
    "take",
    "drop",
    "dropWhile",
    "dropRight",
    "takeRight",
    "contains",
    "indexOf",
    "lastIndexOf",
    "eachWithIndex",
    "each",
    "reverseEach",
    "eachLine",
    "eachMatch",
}

# Owners whose members walk their receiver (strings, builders, collections, the GDK).
WALKING = (
    "org.codehaus.groovy.",
    "groovy.lang.Range",
    "groovy.lang.MapWithDefault",
    "groovy.lang.Closure",
    "java.lang.String",
    "java.lang.StringBuilder",
    "java.lang.StringBuffer",
    "java.lang.CharSequence",
    "java.lang.Object[]",
    "java.util.",
    "groovy.json.",
    "groovy.util.OrderBy",
    "java.io.StringWriter",
)
# Value classes of java.util: constant-cost (dates, zones, locales, random, UUIDs...).
VALUE_CLASSES = (
    "java.util.Calendar",
    "java.util.GregorianCalendar",
    "java.util.Date",
    "java.util.TimeZone",
    "java.util.Locale",
    "java.util.Random",
    "java.util.UUID",
    "java.util.Currency",
    "java.util.Comparator",
    "java.util.Map$Entry",
    "java.util.Iterator",
    "java.util.NoSuchElementException",
    "java.util.InputMismatchException",
    "java.util.ConcurrentModificationException",
    "java.util.EmptyStackException",
    "java.util.regex.",
)


def walks(owner: str) -> bool:
    return (
        owner.startswith(WALKING)
        and not owner.startswith(VALUE_CLASSES)
        and not owner.endswith(("Exception", "Error"))
    )


def cost_of(owner: str, name: str) -> str:
    if (owner, name) in GROWING:
        return GROWING[(owner, name)]
    if name in CONSTANT_NAMES:
        return CONSTANT
    if owner == "groovy.lang.Range" and name in ("equals", "hashCode", "toString"):
        return CONSTANT  # a range compares, hashes and prints by its bounds
    return LINEAR


def words_name(lines: list[str], owner: str, name: str) -> bool:
    """A constructor's or field's lines (their name is not the third word)."""
    return any(t.split()[0] == "new" and t.split()[1] == owner for t in lines) and name == "new"


def write(folder: Path) -> None:
    lines = [text for _, text in signature_files.read_lines(folder / signature_files.FILE_NAME)]
    members: dict[str, set[str]] = {}
    for text in lines:
        words = text.split()
        owner = words[1]
        name = words[2] if words[0] != "new" else "new"
        if words[0] in ("field", "staticField"):
            name = words[2]
        members.setdefault(owner, set()).add(name)
    out = [
        "# Member costs of this package (format: convoscript/runtime/door/costs.py). One entry per",
        "# member: `<owner> <name> = steps <expr> [; text|items <expr>]`; `<owner> *` declares",
        "# every other member of the owner constant-cost. Written first by",
        "# tools/surface/write_costs.py, kept by hand: a new signature line needs its cost here.",
    ]
    for owner in sorted(members):
        names = members[owner]
        if not walks(owner) and not any((owner, n) in GROWING for n in names):
            out.append(f"{owner} * = {CONSTANT}")
            continue
        for name in sorted(names):
            # a GDK name declared for strings and collections alike (DefaultGroovyMethods'
            # multiply(CharSequence, Number) beside multiply(List, Number)): its string
            # overloads take the string cost, line by line
            text_cost = GROWING.get((GDK + "StringGroovyMethods", name))
            by_line = [
                t
                for t in lines
                if text_cost is not None
                and owner != GDK + "StringGroovyMethods"
                and owner.startswith(GDK)
                and t.split()[1:3] == [owner, name]
                and t.split()[3:4] in (["java.lang.String"], ["java.lang.CharSequence"])
            ]
            out.extend(f"{t} = {text_cost}" for t in by_line)
            rest = [t for t in lines if t.split()[1:3] == [owner, name] and t not in by_line]
            if rest or words_name(lines, owner, name):
                out.append(f"{owner} {name} = {cost_of(owner, name)}")
    (folder / signature_files.COSTS_NAME).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for path in signature_files.files():
        write(path.parent)

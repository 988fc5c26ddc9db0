"""The probes of the generated surface suite: Groovy calls built from the signature lines.

For every line of `convoscript/lib/*/signatures.txt`, `probes_for` builds a few one-line calls
with representative receivers and arguments (`values.py`), one overload at a time; `script_text`
wraps each in `t("<id>") { <call> }`, a script method that prints `<id>: <inspect()> (<class>)`
or `<id> !! <Exception>: <first message line>` (identity hashes normalised), so one probe's
failure never hides another's. Used by `gen_probes.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from values import ARGS, IMPORTS, RECEIVERS, fit, is_huge

from convoscript.lib import signature_files
from convoscript.runtime.door import surface

CAP = 4  # probes per signature line (receivers x argument values, taken on a diagonal)

# Members that turn a huge number into a huge loop, string or allocation: no huge values.
SIZE_SENSITIVE = {
    "multiply",
    "times",
    "upto",
    "downto",
    "step",
    "padLeft",
    "padRight",
    "center",
    "repeat",
    "pow",
    "power",
    "setLength",
    "ensureCapacity",
    "nCopies",
    "sleep",
    "shiftLeft",
    "leftShift",
    "setScale",
    "putAt",
    "movePointLeft",
    "movePointRight",
    "scaleByPowerOfTen",
    "copyOf",
    "copyOfRange",
    "expand",
    "unexpand",
    "collate",
    "getChars",
    "withPadding",
    "ncurry",
    "ints",
    "longs",
    "setSize",
}
# Results that depend on the clock, unseeded randomness or identity: only their class is shown.
VARYING_NAMES = {
    "now",
    "randomUUID",
    "random",
    "shuffle",
    "shuffled",
    "getInstance",
    # groovy.time: relative to the current time
    "getAgo",
    "getFromNow",
    "getNow",
    "getToday",
}
VARYING_NEW = {"java.util.Date", "java.util.GregorianCalendar", "java.util.Random"}
IDENTITY_HASH = {
    "groovy.lang.Closure",
    "java.util.Random",
    "groovy.json.JsonSlurper",
    "groovy.json.JsonBuilder",
    "java.util.regex.Matcher",
    "java.util.regex.Pattern",
    "java.util.Iterator",
    "java.lang.Enum",
    "java.lang.Thread$State",
    "java.time.temporal.ChronoUnit",
    "java.time.Month",
    "java.time.DayOfWeek",
    "java.lang.Class",
    "java.time.format.DateTimeFormatter",
    "java.lang.StringBuilder",
    "java.lang.Object[]",
    "java.lang.Throwable",
    "groovy.lang.MissingMethodException",
    "java.lang.Appendable",
    "groovy.lang.MissingPropertyException",
    "java.util.regex.PatternSyntaxException",
    "java.text.ParseException",
    "java.time.format.DateTimeParseException",
    "java.lang.Object",
    "java.lang.CharSequence",
    "java.math.MathContext",  # MathContext hashes its RoundingMode's identity
    # classes added later whose hashCode is Object's (or hashes an enum's identity)
    "java.util.ArrayDeque",
    "java.util.PriorityQueue",
    "java.io.StringWriter",
    "java.io.Writer",
    "groovy.util.OrderBy",
    "java.math.RoundingMode",
    "java.text.DecimalFormatSymbols",
    "java.util.EnumMap",
    "java.util.EnumSet",
    "java.util.GregorianCalendar",
    "java.util.Locale",
    "groovy.time.BaseDuration",
    "groovy.time.Duration",
    "groovy.time.DatumDependentDuration",
    "groovy.time.BaseDuration$From",
    "groovy.lang.MapWithDefault",
    "java.util.stream.IntStream",
    "java.util.Currency",
}
DEFAULT_PACKAGES = (
    "java.lang.",
    "java.util.",
    "java.io.",
    "java.net.",
    "groovy.lang.",
    "groovy.util.",
)


@dataclass(frozen=True)
class Probe:
    id: str
    signature: str
    group: str  # the case it belongs to, before chunking
    call: str
    varying: bool  # print only the result's class


def simple_name(java: str) -> str:
    return java.rsplit(".", 1)[-1].replace("$", ".")


def import_of(java: str) -> str | None:
    """The import a script needs to name `java` by its simple name (None: Groovy's defaults)."""
    outer = java.split("$")[0]
    pkg = outer.rsplit(".", 1)[0] + "."
    if pkg in DEFAULT_PACKAGES or outer in ("java.math.BigDecimal", "java.math.BigInteger"):
        return None
    return outer


def group_of(sig: surface.Signature) -> str:
    """surface_<folder>_<class>: the package folder of the line, the receiver's or owner's class."""
    cls = sig.receiver if sig.is_instance else sig.static_owner
    name = simple_name(cls).replace(".", "").replace("[]", "_array")
    folder = signature_files.folder_of(sig.text)
    return f"surface_{folder}_{name}".lower()


def _diagonal(lists: list[list[str]], cap: int) -> list[list[str]]:
    if not lists:
        return [[]]
    n = min(cap, max(len(v) for v in lists))
    out: list[list[str]] = []
    for i in range(n):
        combo = [v[(i + j) % len(v)] for j, v in enumerate(lists)]
        if combo not in out:
            out.append(combo)
    return out


def probes_for(index: int, sig: surface.Signature) -> list[Probe]:
    group = group_of(sig)
    pid = f"s{index}"
    if sig.form == "staticField":
        return [Probe(f"{pid}_0", sig.text, group, f"{simple_name(sig.owner)}.{sig.name}", False)]
    huge_ok = sig.name not in SIZE_SENSITIVE and sig.form != "new"
    params = []
    for p in sig.call_params:
        vals = fit(sig.name, p, ARGS.get(p, ["null"]))
        params.append([v for v in vals if huge_ok or not is_huge(v)] or vals[:1])
    if sig.is_instance:
        recvs = RECEIVERS.get(sig.receiver)
        if not recvs:
            return []
        recvs = [r for r in recvs if huge_ok or not is_huge(r)]
        combos = _diagonal([recvs, *params], CAP)
    else:
        combos = [[""] + c for c in _diagonal(params, CAP)]
    # one more call with null for the first reference parameter, when null is representative
    for j, vals in enumerate(params):
        if "null" in vals:
            extra = list(combos[0])
            extra[j + 1] = "null"
            if extra not in combos:
                combos.append(extra)
            break
    varying = (
        sig.name in VARYING_NAMES
        or (sig.form == "new" and sig.owner in VARYING_NEW and not sig.params)
        or (
            sig.form == "new"
            and sig.owner == "java.util.GregorianCalendar"
            and all(p in ("java.util.TimeZone", "java.util.Locale") for p in sig.params)
        )
        or (sig.name == "hashCode" and sig.receiver in IDENTITY_HASH)
    )
    out = []
    for k, combo in enumerate(combos):
        recv, args = combo[0], ", ".join(combo[1:])
        if sig.form == "new":
            call = f"new {simple_name(sig.owner)}({args})"
        elif sig.is_instance:
            call = f"({recv}).{sig.name}({args})"
        else:
            call = f"{simple_name(sig.static_owner)}.{sig.name}({args})"
        out.append(Probe(f"{pid}_{k}", sig.text, group, call, varying))
    return out


def all_probes() -> tuple[list[Probe], list[str]]:
    """Every probe, in signature-file order; and the lines no probe could be built for."""
    probes: list[Probe] = []
    uncovered: list[str] = []
    for index, (path, number, text) in enumerate(signature_files.load()):
        sig = surface.parse(text, f"{path}:{number}")
        got = probes_for(index, sig)
        if not got:
            uncovered.append(text)
        probes.extend(got)
    return probes, uncovered


HEADER = """\
// Generated by tools/surface/gen_probes.py from convoscript/lib/*/signatures.txt: do not edit.
// Each probe prints "<id>: <inspect()> (<class>)" or "<id> !! <Exception>: <first line of message>".
"""
# `fail` prints a NullPointerException's JVM "helpful" text (Java 14+: `Cannot invoke "String.length()"
# because "str" is null`, naming the JDK's own variables) as null, the message Groovy 2.4's JVMs
# (Java 7/8) give: that text is the JVM version's, not Groovy's (docs/dialect.md).
HELPERS = r"""
String norm(String s) {
    s == null ? "null" : s.replaceAll(/@[0-9a-f]{1,8}\b/, "@HASH").replaceAll(/[\w$]*closure\d+\b/, "<closure>").replaceAll(/[$][$]Lambda[$][\w\/]+/, "Lambda").replace("\n", "\\n")
}
String show(Object r) {
    if (r == null) return "null"
    if (r instanceof Closure) return "<closure> (Closure)"
    String s
    try { s = r.inspect() } catch (Throwable e) { s = String.valueOf(r) }
    return norm(s) + " (" + norm(r.getClass().getSimpleName()) + ")"
}
String fail(String id, Throwable e) {
    String m = e.getMessage()
    if (m != null && m.indexOf("\n") >= 0) m = m.substring(0, m.indexOf("\n"))
    if (e instanceof NullPointerException && m != null && m.contains(" because ")) m = null
    return id + " !! " + e.getClass().getSimpleName() + ": " + norm(m)
}
void t(String id, Closure c) {
    String out
    try { out = id + ": " + show(c.call()) } catch (Throwable e) { out = fail(id, e) }
    println(out)
}
void tc(String id, Closure c) {
    String out
    try { Object r = c.call(); out = id + ": <varies> (" + (r == null ? "null" : r.getClass().getSimpleName()) + ")" } catch (Throwable e) { out = fail(id, e) }
    println(out)
}
"""
_WORD = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")


def probe_line(p: Probe) -> str:
    return f'{"tc" if p.varying else "t"}("{p.id}") {{ {p.call} }}'


def imports_for(calls: list[str], owners: dict[str, str]) -> list[str]:
    """The classes (qualified) a script holding `calls` must import to name them by their simple
    names (also used by gen_worst.py)."""
    words = set()
    for call in calls:
        words.update(_WORD.findall(call))
    return sorted(
        {imp for w in words for imp in [IMPORTS.get(w) or owners.get(w)] if imp and import_of(imp)}
    )


def script_text(probes: list[Probe], owners: dict[str, str]) -> str:
    """A case's script.groovy: imports for the classes its probes name, the helpers, the probes
    (each signature's line as a comment above its probes)."""
    imports = imports_for([p.call for p in probes], owners)
    body = []
    last = None
    for p in probes:
        if p.signature != last:
            body.append(f"// {p.signature}")
            last = p.signature
        body.append(probe_line(p))
    head = HEADER + "".join(f"import {i.replace('$', '.')}\n" for i in imports)
    return head + HELPERS + "\n".join(body) + "\n"


def owner_names() -> dict[str, str]:
    """Simple name -> qualified name of every class a signature line names."""
    out: dict[str, str] = {}
    for path, number, text in signature_files.load():
        sig = surface.parse(text, f"{path}:{number}")
        for java in (sig.owner, sig.static_owner, *sig.params):
            java = java.removesuffix("[]")
            if "." in java and not java.startswith("org.codehaus."):
                out.setdefault(simple_name(java).split(".")[0], java.split("$")[0])
    return out


def probe_line_numbers(text: str) -> dict[int, str]:
    """Script line number -> probe id, to map a compile error's line to its probe."""
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        m = re.match(r't?c?\("(s\d+_\d+)"\)', line)
        if m:
            out[number] = m.group(1)
    return out

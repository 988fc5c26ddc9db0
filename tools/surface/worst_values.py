"""Adversarial Groovy values per Java type, for the generated worst-case suite (gen_worst.py).

The twin of `values.py`: where that file lists ordinary values (and leaves huge ones out of
size-sensitive members), this one lists the values a hostile script would pass, sized from the
sweep's limits: the largest string and collection the limits allow, zero and negative counts,
Integer/Long extremes, numbers at the digit limit, keys that collide in Python's (unsalted)
numeric hash, self-containing and deeply nested structures, regexes with nested counted
repeats or catastrophic backtracking, huge char ranges for `tr`, huge format widths. The first
value of each list is the "maximal" one (gen_worst's first call per signature uses them all).
Types not listed here fall back to `values.ARGS` / `values.RECEIVERS` (all of their values,
the huge ones included). Every value is an expression built from fixed literals: no clock, no
unseeded randomness.
"""

from __future__ import annotations

from values import ARGS, RECEIVERS

# Python's hash of an int is the int modulo 2**61 - 1: every multiple of it hashes to 0.
COLLIDER = "2305843009213693951G"
# 2,000 distinct code points (CJK, no escapes needed): a string of many distinct characters.
DISTINCT = "".join(chr(0x4E00 + i) for i in range(2000))


def build(max_string: int, max_collection: int, max_digits: int) -> tuple[dict, dict]:
    """(ARGS, RECEIVERS): Java type -> adversarial expressions, maximal first."""
    L, C = max_string, max_collection
    digits = max_digits - 1  # 10G ** digits has max_digits digits
    s_max = f'("a" * {L})'
    strings = [
        s_max,
        '""',
        f'("{DISTINCT}" * {L // len(DISTINCT)})',
        "'(?:(?:a{1000}){1000}){1000}'",  # nested counted repeats: a 4 GB compile in 2.4 terms
        "'(a+)+$'",  # catastrophic backtracking
        "'\\u0001-\\uffff'",  # the widest hyphen range (tr)
        "'%0999999999d'",  # a huge format width
        f'("9" * {min(L, 10 * max_digits)})',  # digits past the number limit
        f'("\\t" * {L})',  # expand / unexpand
        f'("a\\n" * {L // 2})',  # many lines
    ]
    lst_max = f"(0..<{C}).toList()"
    collide_list = f"(1..{C}).collect {{ it * {COLLIDER} }}"
    deep_list = "({ def d = []; 1000.times { d = [d] }; d })()"
    self_list = "({ def l = [1]; l << l; l })()"
    big_range = "(0..2147483646)"
    lists = [lst_max, "[]", collide_list, deep_list, self_list, big_range, "null"]
    map_max = f'(0..<{C}).collectEntries {{ [("k" + it): it] }}'
    collide_map = f"(1..{C}).collectEntries {{ [(it * {COLLIDER}): it] }}"
    self_map = "({ def m = [:]; m.self = m; m })()"
    deep_map = "({ def m = [:]; 1000.times { m = [m: m] }; m })()"
    maps = [map_max, "[:]", collide_map, self_map, deep_map, "null"]
    sets = [f"((0..<{C}) as Set)", "([] as Set)", f"({collide_list} as Set)"]
    ranges = [big_range, f"(0..<{C})", "(5..<5)", "(2147483647..0)", "('\\u0000'..'\\uffff')"]
    ints = [str(L), "0", "-1", "1000000000", "2147483647", "-2147483648", str(C)]
    longs = [f"{L}L", "0L", "-1L", "9223372036854775807L", "Long.MIN_VALUE", "1000000000L"]
    big_int = f"(10G ** {digits})"
    big_dec = f'new BigDecimal("9" * {max_digits})'
    numbers = [big_int, "0", "-1", "2147483647", "9223372036854775807L", "1e308d", "Double.NaN"]
    closures = ["{ it }", "{ a, b -> 0 }", "{ -> null }"]
    args: dict[str, list[str]] = {
        "java.lang.String": strings + ["null"],
        "java.lang.CharSequence": strings + [f"new StringBuilder({s_max})", "null"],
        "java.lang.Object": [
            s_max,
            lst_max,
            map_max,
            collide_list,
            self_list,
            deep_list,
            big_int,
            "null",
            "0",
            "-1",
        ],
        "int": ints,
        "java.lang.Integer": ints + ["null"],
        "long": longs,
        "java.lang.Long": longs + ["null"],
        "short": ["(short) 32767", "(short) 0", "(short) -1", "(short) -32768"],
        "byte": ["(byte) 127", "(byte) 0", "(byte) -1", "(byte) -128"],
        "double": ["1e308d", "0.0d", "-1.0d", "Double.NaN", "Double.POSITIVE_INFINITY", "1e9d"],
        "java.lang.Double": ["1e308d", "0.0d", "-1.0d", "Double.NaN", "null"],
        "float": ["3.4e38f", "0.0f", "-1.0f", "Float.NaN", "Float.POSITIVE_INFINITY"],
        "java.lang.Number": numbers + ["null"],
        "java.math.BigInteger": [big_int, "0G", "-1G", f"(-(10G ** {digits}))", "null"],
        "java.math.BigDecimal": [
            big_dec,
            "0G",
            "-1G",
            'new BigDecimal("1E+999999")',
            'new BigDecimal("1E-999999")',
            "null",
        ],
        "char": ["('\\uffff' as char)", "(0 as char)", "('a' as char)", "('-' as char)"],
        "java.lang.Character": ["('\\uffff' as char)", "(0 as char)", "null"],
        "java.util.Collection": lists,
        "java.util.List": lists,
        "java.lang.Iterable": lists,
        "java.util.Set": sets + ["null"],
        "java.util.Map": maps,
        "groovy.lang.Range": ranges,
        "groovy.lang.IntRange": [r for r in ranges if "'" not in r],
        "groovy.lang.Closure": closures,
        "java.util.Comparator": ["({ a, b -> 0 } as Comparator)", "({ a, b -> -1 } as Comparator)"],
        "java.util.regex.Pattern": [
            "~'(?:(?:a{1000}){1000}){1000}'",
            "~'(a+)+$'",
            "~'(a|aa)*c'",
            "~''",
            "null",
        ],
        "java.lang.Object[]": [
            f"({lst_max} as Object[])",
            "([] as Object[])",
            f"({self_list} as Object[])",
        ],
        "java.lang.CharSequence[]": [f'((0..<{C}).collect {{ "s" + it }} as String[])'],
        "char[]": [f"{s_max}.toCharArray()", "([] as char[])"],
        "byte[]": [f"{s_max}.getBytes()", "([] as byte[])"],
        "int[]": [f"({lst_max} as int[])", "([] as int[])"],
        "long[]": [f"({lst_max} as long[])"],
        "double[]": [f"({lst_max} as double[])"],
        "java.lang.StringBuilder": [f"new StringBuilder({s_max})", "new StringBuilder()"],
    }
    receivers: dict[str, list[str]] = {t: [v for v in vs if v != "null"] for t, vs in args.items()}
    receivers["java.util.Map"] = [m for m in maps if m != "null"]
    receivers["java.util.regex.Matcher"] = [
        f"({s_max} =~ /a/)",
        f"({s_max} =~ '(a+)+$')",
        '("" =~ /x/)',
    ]
    receivers["java.util.LinkedList"] = [f"new LinkedList({lst_max})", "new LinkedList()"]
    receivers["java.util.TreeMap"] = [f"new TreeMap({map_max})", "new TreeMap()"]
    receivers["java.util.TreeSet"] = [f"new TreeSet({lst_max})", "new TreeSet()"]
    receivers["java.util.HashMap"] = [f"new HashMap({map_max})", f"new HashMap({collide_map})"]
    receivers["java.util.ArrayDeque"] = [f"new ArrayDeque({lst_max})", "new ArrayDeque()"]
    receivers["java.util.PriorityQueue"] = [f"new PriorityQueue({lst_max})", "new PriorityQueue()"]
    receivers["java.lang.Appendable"] = [f"new StringBuilder({s_max})"]
    receivers["java.io.StringWriter"] = [f"(new StringWriter() << {s_max})", "new StringWriter()"]
    receivers["java.io.Writer"] = [f"(new StringWriter() << {s_max})"]
    receivers["groovy.lang.MapWithDefault"] = [f"{map_max}.withDefault {{ 0 }}"]
    receivers["java.util.stream.Stream"] = [f"{lst_max}.stream()", "[].stream()"]
    receivers["java.util.stream.IntStream"] = [f"{s_max}.chars()", f"{s_max}.codePoints()"]
    for t, vs in ARGS.items():
        args.setdefault(t, list(vs))
    for t, vs in RECEIVERS.items():
        receivers.setdefault(t, list(vs))
    return args, receivers

def checks = [
    "multiply negative": { "ab" * -1 },
    "format mismatch"  : { String.format("%d", "x") },
    "padLeft ok"       : { "x".padLeft(3, "-") },
    "bad radix"        : { Integer.parseInt("1", 99) },
    "unknown format"   : { String.format("%q", 1) },
    "negative capacity": { new ArrayList(-1) },
]
checks.each { label, c ->
    try {
        println "${label}: ${c()}"
    } catch (IllegalArgumentException e) {
        println "${label}: ${e.class.simpleName}"
    }
}
throw new IllegalArgumentException("slot value out of range")

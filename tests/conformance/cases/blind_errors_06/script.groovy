// What the built-in exceptions look like when we log them for support.
def attempts = [
        "divide decimal"  : { 10 / 0 },
        "intdiv"          : { 10.intdiv(0) },
        "modulo"          : { 5 % 0 },
        "double divide"   : { 1.0d / 0 },
        "parse int"       : { "12.5" as int },
        "parse long"      : { Long.parseLong("") },
        "array index"     : { new int[2][5] },
        "list get"        : { [1, 2].get(9) },
        "string index"    : { "abc".charAt(10) },
        "substring"       : { "abc".substring(2, 1) },
        "class cast"      : { (Number) "x" },
        "unsupported"     : { [1, 2].asImmutable().add(3) },
        "illegal state"   : { [].iterator().remove() },
        "no such element" : { [].iterator().next() },
        "enum valueOf"    : { Thread.State.valueOf("SLEEPING") },
        "date parse"      : { java.time.LocalDate.parse("2024-13-01") },
]

def summary = [:]
attempts.each { label, Closure c ->
    try {
        def r = c.call()
        println "${label}: returned ${r}"
        summary[label] = "ok"
    } catch (Exception e) {
        summary[label] = e.getClass().simpleName
        println "${label}: ${e.getClass().name}"
        log.info("${label} failed", e)
    }
}

println "types: ${summary.values().unique(false).sort()}"
execution.setVariable("exceptionSummary", summary)
customMetricService.upsertMetric("exceptions_seen", summary.count { it.value != "ok" }.toString())

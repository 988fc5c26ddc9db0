def attempts = [
    "upsert int value"     : { customMetricService.upsertMetric("n", 5) },
    "upsert gstring value" : { customMetricService.upsertMetric("g", "v${1}") },
    "upsert int key"       : { customMetricService.upsertMetric(1, "x") },
    "getMetric int"        : { customMetricService.getMetric(7) },
    "hasVariable int"      : { transientVariableService.hasVariable(3) },
    "addVariables list"    : { transientVariableService.addVariables([1, 2]) },
    "getVariable list"     : { execution.getVariable(["a"]) },
    "setVariable 1 arg"    : { execution.setVariable("only") },
    "log two strings"      : { log.info("a", "b") },
]
attempts.each { label, c ->
    try {
        c()
        println "${label}: ok"
    } catch (MissingMethodException e) {
        println "${label}: ${e.class.simpleName}"
    }
}
println customMetricService.getAllMetrics()
customMetricService.upsertMetric("score", 0.9)

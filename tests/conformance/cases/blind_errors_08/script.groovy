// Diagnostics for common authoring mistakes caught at run time.
def results = []

try {
    println "value: ${undefinedVariable}"
} catch (MissingPropertyException e) {
    results << "MPE property=${e.property}"
    println "missing property: ${e.message}"
}

try {
    notAFunction("x", 1)
} catch (MissingMethodException e) {
    results << "MME method=${e.method} args=${e.arguments.length}"
    println "missing method: ${e.method} on ${e.type.simpleName}"
}

try {
    "hello".shout()
} catch (MissingMethodException e) {
    println "string method: ${e.method}, type ${e.type.name}"
}

try {
    [1, 2, 3].sum("x", "y")
} catch (MissingMethodException e) {
    println "wrong args: ${e.method} (${e.arguments.length} args)"
}

try {
    def m = [a: 1]
    m.a.b.c
} catch (MissingPropertyException e) {
    println "property on Integer: ${e.property} of ${e.type.simpleName}"
}

try {
    customMetricService.upsertMetric("count", 5)
} catch (MissingMethodException e) {
    println "service signature mismatch: ${e.method} args=${e.arguments*.getClass()*.simpleName}"
}

try {
    execution.getVariable()
} catch (MissingMethodException e) {
    println "execution.getVariable(): ${e.method}"
}

execution.setVariable("diagnostics", results)
customMetricService.upsertMetric("diagnostics", results.size().toString())

def total = execution.getVariable("orderTotal")
log.info("order total ${total.amount}")

// Retry wrapper around a flaky lookup simulated with a deterministic failure plan.
def plan = execution.getVariable("failurePlan") as List
int calls = 0

def lookup = { String key ->
    calls++
    String mode = calls <= plan.size() ? plan[calls - 1] : "ok"
    switch (mode) {
        case "timeout": throw new java.util.concurrent.TimeoutException("lookup ${key} timed out (call ${calls})")
        case "io": throw new IOException("connection reset (call ${calls})")
        case "bad": throw new IllegalArgumentException("bad key ${key}")
        default: return key.reverse().toUpperCase()
    }
}

def withRetry(int max, Closure action) {
    int attempt = 0
    List<String> errors = []
    while (true) {
        attempt++
        try {
            def r = action.call()
            return [result: r, attempts: attempt, errors: errors]
        } catch (IllegalArgumentException e) {
            errors << "fatal: ${e.message}".toString()
            throw e
        } catch (Exception e) {
            errors << "${e.getClass().simpleName}: ${e.message}".toString()
            if (attempt >= max) {
                throw new RuntimeException("gave up after ${attempt} attempts; last: ${e.message}", e)
            }
        }
    }
}

def first = withRetry(4) { lookup("abc") }
println "first: ${first.result} after ${first.attempts} attempts"
first.errors.each { println "  ${it}" }

def second = withRetry(2) { lookup("xyz") }
println "second: ${second}"

execution.setVariable("lookupCalls", calls)
customMetricService.upsertMetric("lookup_calls", calls.toString())

plan.addAll(["timeout", "io", "timeout"])
try {
    withRetry(3) { lookup("final") }
} catch (RuntimeException e) {
    println "third failed: ${e.message}"
    println "cause: ${e.cause?.getClass()?.simpleName}"
    execution.setVariable("lookupError", e.message)
}
withRetry(3) { lookup(null) }

// Retry wrapper around a flaky backend, with exception chaining and a final rethrow
class BackendUnavailable extends RuntimeException {
    BackendUnavailable(String msg) { super(msg) }
}
class LookupFailed extends Exception {
    LookupFailed(String msg, Throwable cause) { super(msg, cause) }
}

def failures = execution.getVariable('failuresBeforeSuccess') as Map
def calls = [:].withDefault { 0 }

def backend = { String key ->
    calls[key]++
    if (calls[key] <= (failures[key] ?: 0)) throw new BackendUnavailable("backend busy (${key} call ${calls[key]})")
    "value-of-${key}"
}

def withRetry = { String key, int max ->
    def attempt = 0
    while (true) {
        attempt++
        try {
            return backend(key)
        } catch (BackendUnavailable e) {
            log.debug("attempt ${attempt} for ${key} failed: ${e.message}")
            if (attempt >= max) throw new LookupFailed("lookup of ${key} failed after ${attempt} attempts", e)
        }
    }
}

def found = [:]
['account', 'orders', 'profile'].each { key ->
    try {
        found[key] = withRetry(key, 3)
    } catch (LookupFailed e) {
        found[key] = null
        println "gave up: ${e.message} (cause: ${e.cause.message})"
        def root = e
        while (root.cause != null) root = root.cause
        println "root cause type: ${root.class.simpleName}"
    }
}
println "found: ${found}"
println "calls: ${calls}"

execution.setVariable('lookupResults', found)
customMetricService.upsertMetric('backend_calls', calls.values().sum().toString())
log.info("lookups done")

// the billing lookup has no retry budget left and the flow must escalate
try {
    withRetry('billing', 1)
} catch (LookupFailed e) {
    log.error("billing lookup failed", e)
    throw e
}

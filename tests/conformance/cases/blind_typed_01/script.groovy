import groovy.transform.Field

// Retry/backoff policy for calling the order API; constants declared Java-style.
@Field static final int MAX_RETRIES = 4
@Field static final long BASE_DELAY_MS = 250L
@Field static final double JITTER_FACTOR = 0.0d
@Field final String SERVICE_NAME = "order-api"

long delayFor(int attempt) {
    long delay = BASE_DELAY_MS * (1L << attempt)
    return Math.min(delay, 3000L)
}

int failuresBeforeSuccess = (execution.getVariable("failures") ?: 0) as int
int attempt = 0
boolean ok = false
long totalWait = 0L
List<String> trace = new ArrayList<String>()

while (attempt < MAX_RETRIES && !ok) {
    if (attempt < failuresBeforeSuccess) {
        long d = delayFor(attempt)
        totalWait += d
        trace.add("attempt " + (attempt + 1) + " failed, waiting " + d + "ms")
    } else {
        ok = true
        trace.add("attempt " + (attempt + 1) + " succeeded")
    }
    attempt++
}

for (String line : trace) {
    println line
}
println SERVICE_NAME + ": ok=" + ok + ", attempts=" + attempt + ", waited=" + totalWait
println "delays: " + (0..6).collect { delayFor(it as int) }
println "jitter: " + (BASE_DELAY_MS * JITTER_FACTOR)

int shifted = 1 << 31
long shiftedLong = 1L << 31
println "int shift: " + shifted + ", long shift: " + shiftedLong

execution.setVariable("apiOk", ok)
execution.setVariable("apiAttempts", attempt)
customMetricService.upsertMetric("api_wait_ms", Long.toString(totalWait))
if (!ok) {
    log.error("${SERVICE_NAME} gave up after ${MAX_RETRIES} attempts")
} else {
    log.info("${SERVICE_NAME} ok after ${attempt} attempt(s)")
}

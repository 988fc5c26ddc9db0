// Wrapping low-level failures into a flow-level error with a cause chain.
class FlowStepException extends Exception {
    FlowStepException(String msg, Throwable cause) { super(msg, cause) }
}

def parseQuantity(String raw) {
    try {
        int q = Integer.parseInt(raw.trim())
        if (q <= 0) throw new IllegalArgumentException("quantity must be > 0, got ${q}")
        return q
    } catch (NumberFormatException | IllegalArgumentException e) {
        throw new FlowStepException("bad quantity '${raw}'", e)
    }
}

def inputs = execution.getVariable("quantities")
def good = []
inputs.each { raw ->
    try {
        good << parseQuantity(raw)
    } catch (FlowStepException e) {
        println "${e.message} <- ${e.cause.getClass().simpleName}: ${e.cause.message}"
    } catch (NullPointerException e) {
        println "null input: NPE"
    }
}
println "good: ${good}"

Throwable root(Throwable t) {
    while (t.cause != null && t.cause != t) t = t.cause
    return t
}

def chained = new FlowStepException("step 3 failed",
        new IllegalStateException("connector down", new java.net.SocketTimeoutException("read timed out")))
println "root cause: ${root(chained)}"
println "chain: ${[chained, chained.cause, chained.cause.cause]*.getClass()*.simpleName}"
println "toString: ${chained}"
log.error("step failed", chained)

def rethrown
try {
    try {
        throw new IllegalStateException("inner")
    } catch (IllegalStateException e) {
        throw new RuntimeException("outer", e)
    }
} catch (RuntimeException e) {
    rethrown = e
}
println "rethrown: ${rethrown.message} / cause ${rethrown.cause.message}"

execution.setVariable("validQuantities", good)
customMetricService.upsertMetric("qty_errors", (inputs.size() - good.size()).toString())
throw new FlowStepException("quantities incomplete", rethrown)

// Retry with back-off around a flaky "integration" simulated by a list of canned outcomes
class TransientFailure extends Exception {
    int attempt
    TransientFailure(String msg, int attempt) { super(msg); this.attempt = attempt }
}
class PermanentFailure extends Exception {
    PermanentFailure(String msg, Throwable cause) { super(msg, cause) }
}

def outcomes = execution.getVariable('cannedOutcomes') as List
int call = 0
def callBackend = { String op ->
    def o = outcomes[call++ % outcomes.size()]
    if (o == 'timeout') throw new TransientFailure("timeout on ${op}", call)
    if (o == 'error500') throw new IllegalStateException("HTTP 500 for ${op}")
    if (o == 'bad') throw new NumberFormatException("For input string: \"${op}\"")
    return "${op}:${o}".toString()
}

def withRetry = { String op, int max ->
    def delays = []
    for (int attempt = 1; attempt <= max; attempt++) {
        try {
            return [result: callBackend(op), attempts: attempt, delays: delays]
        } catch (TransientFailure tf) {
            delays << 100 * (2 ** (attempt - 1))
            log.info("retry ${attempt} for ${op}: ${tf.message}")
        } catch (IllegalStateException ise) {
            throw new PermanentFailure("giving up on ${op}", ise)
        } finally {
            println "  attempt ${attempt} for ${op} finished"
        }
    }
    throw new PermanentFailure("${op} failed after ${max} attempts", null)
}

def results = [:]
['lookup', 'reserve', 'confirm', 'notify'].each { op ->
    try {
        def r = withRetry(op, 3)
        results[op] = r.result
        println "${op}: ${r.result} after ${r.attempts} attempts, delays ${r.delays}"
    } catch (PermanentFailure pf) {
        results[op] = "FAILED: ${pf.message}${pf.cause ? ' (cause: ' + pf.cause.message + ')' : ''}".toString()
        println results[op]
    } catch (NumberFormatException nfe) {
        results[op] = 'BAD DATA'
        println "${op}: bad data ${nfe.message}"
    }
}
execution.setVariable('integrationResults', results)
customMetricService.upsertMetric('backend_calls', call.toString())
customMetricService.upsertMetric('failed_ops', results.count { it.value.startsWith('FAILED') }.toString())
println "calls: $call"

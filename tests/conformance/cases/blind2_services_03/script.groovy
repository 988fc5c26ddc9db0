// Process-variable housekeeping at the end of a sub-flow
def names = execution.getVariableNames()
println "variables at start: ${names.sort()}"

def snapshot = execution.getVariablesAsMap()
def tempNames = snapshot.keySet().findAll { it.startsWith('tmp_') }
tempNames.each { execution.removeVariable(it) }
println "removed: ${tempNames.sort()}"

['retries', 'lastError', 'channel'].each { n ->
    println "${n}: contains=${execution.containsVariable(n)} value=${execution.getVariable(n)}"
}

int retries = (execution.getVariable('retries') ?: 0) as int
execution.setVariable('retries', retries + 1)
execution.setVariable('subflowDone', true)
execution.setVariable('summary', new StringBuilder('sub-flow ').append(execution.getId()).toString())

def response = execution.getVariable('response')
def normalized = response?.toString()?.trim()?.toLowerCase()
def yes = normalized in ['yes', 'y', 'sure', 'ok', 'yep']
execution.setVariable('confirmed', yes)

snapshot.put('injected', 'should not leak')
println "leaked: ${execution.containsVariable('injected')}"

def after = execution.getVariablesAsMap()
println "variables at end: ${after.keySet().sort()}"
println "types: ${after.findAll { k, v -> v != null }.collectEntries { k, v -> [(k): v.getClass().simpleName] }.sort()}"

log.debug("housekeeping for ${execution.conversationId()}")
log.info(execution, "confirmed=${yes} retries=${retries + 1}".toString())
customMetricService.upsertMetric('subflow_retries', (retries + 1).toString())
if (retries + 1 > 2) {
    log.warn('too many retries, handing over to an agent')
    execution.setVariable('escalate', true)
}

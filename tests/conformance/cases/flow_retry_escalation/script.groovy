def retries = transientVariableService.getVariable("retries") ?: 0
retries++
transientVariableService.addVariable("retries", retries)
def maxRetries = 3
if (retries >= maxRetries) {
    execution.setVariable("escalate", true)
    customMetricService.upsertMetric("escalated", "true")
    log.warn(execution, "escalating after ${retries} retries".toString())
} else {
    execution.setVariable("escalate", false)
    println "retry ${retries} of ${maxRetries}"
}
def history = execution.getVariable("history") ?: []
history << "attempt-${retries}"
execution.setVariable("history", history)
println history
println execution.getVariablesAsMap()

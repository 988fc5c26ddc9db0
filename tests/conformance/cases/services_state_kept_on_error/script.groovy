execution.setVariable("step", "validate")
transientVariableService.addVariable("checked", true)
customMetricService.upsertMetric("stage", "1")
log.info("before failure")
println "about to fail"
def order = execution.getVariable("order")
println order.total

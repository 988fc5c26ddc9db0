def convId = execution.conversationId()
println convId
println execution.getId()
println execution.id
def turn = (execution.getVariable("turn") ?: 0) + 1
execution.setVariable("turn", turn)
transientVariableService.addVariable("lastTurnAt", "turn-${turn}".toString())
customMetricService.upsertMetric("turns", turn.toString())
log.info("turn ${turn} for ${convId}")
log.debug(execution, "debug for ${execution.id}".toString())
println execution.getVariablesAsMap()
println transientVariableService.getVariables()
println customMetricService.getAllMetrics()

def intent = transientVariableService.getVariable("intent")
def confidence = transientVariableService.getVariable("confidence")
def threshold = 0.7
log.info("intent=${intent} confidence=${confidence}")
def route
if (confidence == null || confidence < threshold) {
    route = "clarify"
} else if (intent in ["refund", "complaint"]) {
    route = "agent"
} else {
    route = intent
}
execution.setVariable("route", route)
customMetricService.upsertMetric("last_route", route)
customMetricService.upsertMetric("confidence_pct", (confidence * 100).toString())
println "routing to ${route}"
println confidence * 100
println((confidence * 100).class.simpleName)

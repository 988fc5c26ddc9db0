import groovy.json.JsonOutput
def intent = "order_status"
def confidence = 0.87
def payload = [intent: intent, confidence: confidence, channel: "web", turn: 3]
customMetricService.upsertMetric("nlu_result", JsonOutput.toJson(payload))
def summary = [resolved: true, handoff: false, tags: ["auto", "${intent}"]]
customMetricService.upsertMetric("summary", JsonOutput.toJson(summary))
println customMetricService.getMetric("nlu_result")
println customMetricService.getMetric("summary").size()
execution.setVariable("lastPayload", JsonOutput.toJson(payload))
transientVariableService.addVariable("payloadKeys", payload.keySet().toList())
println transientVariableService.getVariable("payloadKeys")

// Decide whether and where to hand the conversation to a human agent.
def sentiment = (transientVariableService.getVariable("sentiment") ?: 0.0) as BigDecimal
def failures = (execution.getVariable("failedTurns") ?: 0) as int
def tier = execution.getVariable("customerTier") ?: "standard"
def topic = execution.getVariable("topic") ?: "general"

String queue = null
String reason = null
if (tier == "vip") {
    queue = "vip-desk"
    reason = "vip customer"
} else if (sentiment <= -0.5) {
    queue = topic == "billing" ? "billing-senior" : "care-senior"
    reason = "negative sentiment ${sentiment}"
} else if (failures >= 2) {
    queue = "${topic}-agents"
    reason = "${failures} failed turns"
}

execution.setVariable("escalate", queue != null)
if (queue != null) {
    execution.setVariable("escalationQueue", queue.toString())
    log.info("escalating to ${queue}: ${reason}")
    customMetricService.upsertMetric("escalation_reason", reason.toString())
}
queue

import groovy.json.JsonOutput
def transcript = execution.getVariable("transcript")
def botTurns = transcript.findAll { it.from == "bot" }
def userTurns = transcript.findAll { it.from == "user" }
println "turns: bot=${botTurns.size()} user=${userTurns.size()}"
def fallbackCount = botTurns.count { it.text.startsWith("Sorry") }
println "fallbacks=${fallbackCount}"
def negativeWords = ["angry", "useless", "terrible", "agent", "human"]
def flagged = userTurns.findAll { t -> negativeWords.any { w -> t.text.toLowerCase().contains(w) } }
println "flagged=${flagged*.text}"
def entities = [:]
userTurns.each { t ->
    def order = t.text.find(/[A-Z]{2}-\d{4}/)
    if (order) entities.order = order
    def email = t.text.find(/[\w.]+@[\w.]+/)
    if (email) entities.email = email.toLowerCase()
    def amount = t.text.find(/\$(\d+(?:\.\d{2})?)/) { full, v -> v }
    if (amount) entities.amount = amount.toBigDecimal()
}
println "entities=${entities}"
def lastUser = userTurns ? userTurns[-1].text : ""
def summaryLines = []
summaryLines << "Customer wrote ${userTurns.size()} messages; bot failed ${fallbackCount} times."
if (entities.order) summaryLines << "Order: ${entities.order}."
if (entities.amount) summaryLines << "Amount mentioned: \$${entities.amount}."
if (flagged) summaryLines << "Customer frustration detected (${flagged.size()})."
summaryLines << "Last message: \"${lastUser.take(40)}${lastUser.size() > 40 ? '...' : ''}\""
def summary = summaryLines.join(" ")
println summary
def payload = [summary: summary, entities: entities, priority: flagged.size() > 1 ? "high" : "normal", turns: transcript.size()]
def json = JsonOutput.toJson(payload)
println json
execution.setVariable("handoffSummary", summary.toString())
execution.setVariable("handoffPriority", payload.priority)
customMetricService.upsertMetric("handoff_payload", json)
customMetricService.upsertMetric("handoff_fallbacks", fallbackCount.toString())
log.info(execution, "handoff prepared (${payload.priority})".toString())
def durations = transcript.collect { it.text.size() }
println "avg message length: ${(durations.sum() / durations.size()).setScale(1, BigDecimal.ROUND_HALF_UP)}"
def longest = userTurns.max { it.text.size() }
println "longest user message: ${longest.text.size()} chars"
transientVariableService.addVariable("entities", entities)
if (payload.priority == "high") {
    execution.setVariable("queue", "priority_care")
} else {
    execution.setVariable("queue", "care")
}

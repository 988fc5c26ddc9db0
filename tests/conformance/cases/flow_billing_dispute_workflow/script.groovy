class Dispute {
    String id
    BigDecimal amount
    String reason
    int ageDays
    List<String> notes = []
    String toString() { "Dispute(${id}, ${amount}, ${reason})" }
}
class Policy {
    static final BigDecimal AUTO_LIMIT = 50
    static String decide(Dispute d) {
        if (d.ageDays > 60) return "reject_too_old"
        if (d.reason == "fraud") return "escalate_fraud"
        if (d.amount <= AUTO_LIMIT) return "auto_credit"
        if (d.reason == "duplicate") return "verify_duplicate"
        return "agent_review"
    }
}
def raw = execution.getVariable("disputes")
def disputes = raw.collect { new Dispute(id: it.id, amount: it.amount, reason: it.reason, ageDays: it.age) }
println disputes
def outcomes = [:]
BigDecimal credited = 0
disputes.each { d ->
    def decision = Policy.decide(d)
    d.notes << "decision=${decision}".toString()
    outcomes[d.id] = decision
    if (decision == "auto_credit") {
        credited += d.amount
        d.notes << "credited ${d.amount}".toString()
    }
    println "${d.id}: ${decision} ${d.notes}"
}
println "credited total: ${credited}"
def counts = outcomes.values().countBy { it }
println counts
def needsAgent = outcomes.findAll { k, v -> v in ["agent_review", "escalate_fraud", "verify_duplicate"] }.keySet().toList()
println "agent queue: ${needsAgent}"
execution.setVariable("disputeOutcomes", outcomes)
execution.setVariable("creditedTotal", credited)
customMetricService.upsertMetric("disputes_auto", (counts.auto_credit ?: 0).toString())
customMetricService.upsertMetric("disputes_agent", needsAgent.size().toString())
if (counts.escalate_fraud) {
    log.error(execution, "fraud disputes: ${outcomes.findAll { it.value == 'escalate_fraud' }.keySet()}".toString())
}
transientVariableService.addVariable("agentQueue", needsAgent)
println disputes.sort { -it.amount }*.id
println Policy.AUTO_LIMIT.class.simpleName

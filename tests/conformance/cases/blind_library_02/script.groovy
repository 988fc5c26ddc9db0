// ---- library: ticket routing rules ----
class Rule {
    String name
    Closure<Boolean> when
    String queue
    int priority
}

class Router {
    List<Rule> rules = []
    String fallback = "GENERAL"

    Router rule(String name, String queue, int priority, Closure<Boolean> when) {
        rules << new Rule(name: name, queue: queue, priority: priority, when: when)
        this
    }

    Map route(Map ticket) {
        def matching = rules.findAll { it.when.call(ticket) }
        if (!matching) return [queue: fallback, rule: "fallback", priority: 5]
        def best = matching.min { it.priority }
        [queue: best.queue, rule: best.name, priority: best.priority, alsoMatched: (matching - best)*.name]
    }
}

Router defaultRouter() {
    new Router()
            .rule("fraud", "FRAUD", 1) { it.text =~ /(?i)fraud|unauthori[sz]ed|stolen/ }
            .rule("vip", "VIP_DESK", 2) { it.tier == "gold" }
            .rule("billing", "BILLING", 3) { it.category == "billing" || it.text =~ /(?i)invoice|charge/ }
            .rule("tech", "TECH", 3) { it.category in ["app", "login"] }
}
// ---- end library ----

def tickets = execution.getVariable("tickets")
Router router = defaultRouter()
def routed = tickets.collect { t ->
    def r = router.route(t)
    println "${t.id}: ${r.queue} via ${r.rule} (p${r.priority})${r.alsoMatched ? ' also ' + r.alsoMatched : ''}"
    [id: t.id] + r
}

def perQueue = routed.countBy { it.queue }
println "per queue: ${perQueue}"
println "rules: ${router.rules*.name}"

execution.setVariable("routing", routed.collectEntries { [(it.id): it.queue] })
customMetricService.upsertMetric("fraud_tickets", (perQueue.FRAUD ?: 0).toString())
log.info("routed ${routed.size()} tickets")

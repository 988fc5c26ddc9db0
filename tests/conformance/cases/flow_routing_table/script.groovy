def routes = [
    [match: { c -> c.intent == "cancel" && c.tier == "gold" }, queue: "retention_vip", priority: 1],
    [match: { c -> c.intent == "cancel" }, queue: "retention", priority: 2],
    [match: { c -> c.intent in ["billing", "refund"] && c.amount > 500 }, queue: "billing_senior", priority: 2],
    [match: { c -> c.intent in ["billing", "refund"] }, queue: "billing", priority: 3],
    [match: { c -> c.sentiment < -0.6 }, queue: "care", priority: 1],
    [match: { c -> c.language != "en" }, queue: "intl", priority: 4],
]
def hoursOpen = { String queue, int hour -> queue.startsWith("billing") ? hour in 8..<18 : hour in 7..<22 }
def route = { Map ctx ->
    def hit = routes.find { it.match(ctx) }
    def queue = hit ? hit.queue : "general"
    def prio = hit ? hit.priority : 5
    if (queue == "intl") {
        queue = "intl_" + ctx.language
    }
    def open = hoursOpen(queue, ctx.hour)
    [queue: queue, priority: prio, open: open, target: open ? queue : "voicemail"]
}
def contexts = execution.getVariable("contexts")
def summary = [:].withDefault { 0 }
contexts.eachWithIndex { ctx, i ->
    def r = route(ctx)
    summary[r.target]++
    println "#${i} ${ctx.intent ?: '-'} -> ${r.queue} p${r.priority} ${r.open ? 'open' : 'closed'} => ${r.target}"
}
println summary
def closedCount = summary.voicemail ?: 0
execution.setVariable("routingSummary", new LinkedHashMap(summary))
customMetricService.upsertMetric("routed_total", contexts.size().toString())
customMetricService.upsertMetric("routed_voicemail", closedCount.toString())
if (closedCount > 1) {
    log.warn("${closedCount} contacts sent to voicemail".toString())
}
def busiest = summary.max { it.value }
println "busiest: ${busiest.key}"
execution.setVariable("busiestQueue", busiest.key)
def queues = contexts.collect { route(it).queue }.unique()
println queues.sort()
println queues.size()
def byPriority = contexts.collect { route(it) }.groupBy { it.priority }.sort()
byPriority.each { p, rs ->
    println "p${p}: ${rs*.queue}"
}

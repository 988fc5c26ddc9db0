// CSAT per agent from ticket feedback, weighted by recency, with a leaderboard
def feedback = transientVariableService.getVariable('feedback')
def weights = [1.0, 0.8, 0.6, 0.4]   // newest first

def byAgent = feedback.groupBy { it.agent }
def board = byAgent.collect { agent, items ->
    def newestFirst = items.sort { a, b -> b.ticket <=> a.ticket }
    def weighted = 0.0
    def wsum = 0.0
    newestFirst.eachWithIndex { it, i ->
        def w = i < weights.size() ? weights[i] : 0.2
        weighted += it.stars * w
        wsum += w
    }
    [agent: agent, n: items.size(), plain: (items*.stars.sum() / items.size()).setScale(2, BigDecimal.ROUND_HALF_UP),
     weighted: (weighted / wsum).setScale(2, BigDecimal.ROUND_HALF_UP), fiveStar: items.count { it.stars == 5 }]
}
board.sort { a, b -> b.weighted <=> a.weighted ?: a.agent <=> b.agent }
board.eachWithIndex { row, i ->
    println "${i + 1}. ${row.agent.padRight(8)} weighted=${row.weighted} plain=${row.plain} n=${row.n} 5*=${row.fiveStar}"
}
def top = board.first()
execution.setVariable('topAgent', top.agent)
execution.setVariable('leaderboard', board.collect { [it.agent, it.weighted.toString()] })
customMetricService.upsertMetric('csat_top_agent', top.agent)

def overall = feedback*.stars.sum() / feedback.size()
println "overall ${overall}"
def star = { n -> '★' * n + '☆' * (5 - n) }
feedback.findAll { it.comment }.each { println "${star(it.stars)} ${it.agent}: ${it.comment}" }
def needsCoaching = board.findAll { it.weighted < 3.5 }*.agent
if (needsCoaching) {
    log.warn("coaching suggested for ${needsCoaching.join(', ')}")
    execution.setVariable('coaching', needsCoaching)
}
def histogram = feedback.countBy { it.stars }.sort { it.key }
println "histogram: $histogram"
def split = feedback.split { it.stars >= 4 }
println "positive ${split[0].size()} / negative ${split[1].size()}"

// Daily contact-centre report: group conversations by channel and outcome.
def convs = transientVariableService.getVariable("conversations")

def byChannel = convs.groupBy { it.channel }
byChannel.each { channel, list ->
    println "${channel}: ${list.size()} conversations, ids ${list*.id}"
}

def nested = convs.groupBy({ it.channel }, { it.resolved ? "resolved" : "open" })
println "nested: " + nested.collectEntries { ch, m -> [(ch): m.collectEntries { k, v -> [(k): v.size()] }] }

def countByOutcome = convs.countBy { it.outcome ?: "none" }
println "by outcome: ${countByOutcome}"

def avgDuration = byChannel.collectEntries { ch, list ->
    [(ch): (list.sum { it.seconds } / list.size()).setScale(1, BigDecimal.ROUND_HALF_UP)]
}
println "avg duration: ${avgDuration}"

def longest = byChannel.collectEntries { ch, list -> [(ch): list.max { it.seconds }.id] }
println "longest: ${longest}"

def idToChannel = convs.collectEntries { [(it.id): it.channel] }
println "lookup c4: ${idToChannel.c4}"

def withIndex = convs.withIndex().collect { c, i -> "${i}:${c.id}" }
println "indexed: ${withIndex.join(' ')}"

def resolvedRate = (convs.count { it.resolved } * 100 / convs.size()).setScale(0, BigDecimal.ROUND_HALF_UP)
println "resolved rate: ${resolvedRate}%"

def summary = [
        total   : convs.size(),
        channels: byChannel.keySet().sort(),
        outcomes: countByOutcome,
        resolved: resolvedRate
]
transientVariableService.addVariable("dailySummary", summary)
execution.setVariable("busiestChannel", byChannel.max { it.value.size() }.key)
customMetricService.upsertMetric("resolved_rate", resolvedRate.toString())
log.info("daily summary ${summary}")

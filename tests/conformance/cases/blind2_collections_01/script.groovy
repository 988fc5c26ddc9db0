// Agent workload dashboard from a list of open conversations
def convs = execution.getVariable('openConversations')

def byAgent = convs.groupBy { it.agent ?: 'unassigned' }
byAgent.sort { a, b -> b.value.size() <=> a.value.size() ?: a.key <=> b.key }.each { agent, list ->
    println "${agent.padRight(10)} ${list.size()} conv, avg wait ${(list*.waitSec.sum() / list.size()).setScale(1, BigDecimal.ROUND_HALF_UP)} s, channels ${list*.channel.unique().sort()}"
}

def byChannel = convs.countBy { it.channel }
println "by channel: ${byChannel}"

def langs = convs*.lang as Set
def sortedLangs = new TreeSet(langs)
println "languages: ${sortedLangs} first=${sortedLangs.first()} last=${sortedLangs.last()}"

def longest = convs.max { it.waitSec }
def shortest = convs.min { it.waitSec }
println "longest: ${longest.id} (${longest.waitSec}s) shortest: ${shortest.id} (${shortest.waitSec}s)"

def top3 = convs.sort(false) { -it.waitSec }.take(3)*.id
println "top3 waits: ${top3}"

def (urgent, normal) = convs.split { it.waitSec > 300 || it.vip }
println "urgent ${urgent*.id} / normal ${normal*.id}"

def nested = convs.groupBy({ it.channel }, { it.lang })
println "nested: ${nested.collectEntries { ch, m -> [(ch): m.collectEntries { l, lst -> [(l): lst.size()] }] }}"

def totals = convs.inject([count: 0, wait: 0]) { acc, c -> acc.count++; acc.wait += c.waitSec; acc }
println "totals: ${totals}"
println "all have ids: ${convs.every { it.id }} any vip: ${convs.any { it.vip }}"
println "index of first chat: ${convs.findIndexOf { it.channel == 'chat' }} last: ${convs.findLastIndexOf { it.channel == 'chat' }}"

execution.setVariable('workload', byAgent.collectEntries { k, v -> [(k): v.size()] })
execution.setVariable('urgentIds', urgent*.id)
customMetricService.upsertMetric('urgent_count', urgent.size().toString())
log.info("dashboard built for ${convs.size()} conversations")

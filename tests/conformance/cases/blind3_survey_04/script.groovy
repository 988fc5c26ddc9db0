// Multi-select survey: which channels did you use? Co-occurrence counts and top pairs
def responses = execution.getVariable('channelAnswers')
def normalise = { String s -> s.trim().toLowerCase().replaceAll(/[\s_-]+/, ' ') }

def cleaned = responses.collect { r -> (r.split(/[,;]/) as List).collect(normalise).findAll { it }.unique() }
cleaned.eachWithIndex { c, i -> println "#${i + 1}: $c" }

def freq = cleaned.flatten().countBy { it }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println "frequency: $freq"

def pairs = [:].withDefault { 0 }
cleaned.each { chans ->
    def sorted = chans.sort(false)
    for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
            pairs["${sorted[i]} + ${sorted[j]}".toString()]++
        }
    }
}
def topPairs = pairs.findAll { it.value > 1 }.sort { -it.value }
println "top pairs: $topPairs"

def combos = cleaned.collect { it.sort(false).join('|') }.countBy { it }
println "distinct combos: ${combos.size()} most common: ${combos.max { it.value }.key}"
def single = cleaned.findAll { it.size() == 1 }.flatten()
println "single-channel users: $single"

def avg = cleaned.sum { it.size() } / cleaned.size()
execution.setVariable('avgChannels', avg)
execution.setVariable('channelRanking', freq.keySet().toList())
customMetricService.upsertMetric('top_channel', freq.keySet().first())
customMetricService.upsertMetric('channel_pairs', topPairs.size() as String)
log.info("avg channels per respondent ${avg}")

def grouped = cleaned.groupBy { it.size() }.collectEntries { k, v -> [(k): v.size()] }.sort()
println "by count: $grouped"
def inter = cleaned.inject(cleaned[0]) { acc, c -> acc.intersect(c) }
println "used by everyone: $inter"
def union = cleaned.inject([] as Set) { acc, c -> acc + c }
println "union size ${union.size()}: ${union.sort()}"

// Keyword-based intent fallback when NLU confidence is low.
def keywordMap = [
        "card_lost"    : [/\b(lost|stolen|missing)\b.*\bcard\b/, /\bcard\b.*\b(lost|stolen)\b/],
        "balance"      : [/\bbalance\b/, /\bhow much\b.*\b(have|left)\b/],
        "address_change": [/\b(change|update|new)\b.*\baddress\b/, /\bmoved\b/],
        "human"        : [/\b(agent|human|person|representative)\b/]
]

def utterances = execution.getVariable("utterances")
def hits = [:].withDefault { 0 }

utterances.each { String u ->
    String lower = u.toLowerCase()
    def matched = keywordMap.findAll { intent, patterns -> patterns.any { lower =~ it } }.keySet()
    String intent = matched ? matched.first() : "unknown"
    hits[intent]++
    println "${u.take(40).padRight(40)} => ${intent}${matched.size() > 1 ? ' (also ' + (matched - intent).join(',') + ')' : ''}"
}

println "hits: ${hits}"

String block = """Line one mentions BALANCE
line two: nothing
Line three: Agent please"""
def starts = (block =~ /(?m)^Line/).count
def ends = (block =~ /(?mi)please$/).count
def ci = (block =~ /(?i)balance|agent/).collect { it }
println "lines starting 'Line': ${starts}, ending please: ${ends}, ci hits: ${ci}"

def wordCounts = utterances.join(" ").toLowerCase().findAll(/[a-z']+/).countBy { it }
def top = wordCounts.findAll { it.value > 1 }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println "repeated words: ${top}"

execution.setVariable("fallbackIntents", hits.collectEntries { k, v -> [(k): v] })
customMetricService.upsertMetric("fallback_unknown", hits["unknown"].toString())
log.info("keyword fallback: ${hits.keySet()}")

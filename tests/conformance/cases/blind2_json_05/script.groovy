import groovy.json.JsonSlurper
import groovy.json.JsonOutput
import groovy.json.JsonBuilder

// FAQ search results: rank, trim and expose as quick replies
def results = new JsonSlurper().parseText(execution.getVariable('searchResults'))
def threshold = (execution.getVariable('minScore') ?: 0.5) as BigDecimal

def hits = results.hits.findAll { it.score >= threshold }.sort { a, b -> b.score <=> a.score ?: a.title <=> b.title }
println "kept ${hits.size()} of ${results.hits.size()} (threshold ${threshold})"
hits.eachWithIndex { h, i ->
    def snippet = h.body.length() > 40 ? h.body.substring(0, 37) + '...' : h.body
    println "${i + 1}. [${String.format('%.2f', h.score)}] ${h.title} :: ${snippet}"
}

def quickReplies = new JsonBuilder(hits.take(3).collect { [text: it.title, payload: "faq:${it.id}".toString()] })
println quickReplies.toString()

def facetJson = JsonOutput.toJson(results.facets.collectEntries { k, v -> [(k): v.sort { -it.count }.collect { it.value }] })
println facetJson

def roundTrip = new JsonSlurper().parseText(JsonOutput.toJson([pi: 3.14159, big: 10000000000, neg: -0.0, list: [1, [2, [3]]], s: 'x']))
println "roundtrip: ${roundTrip} ${roundTrip.big.getClass().simpleName}"
println JsonOutput.toJson([date: 'literal', empty: [:], emptyList: [], nil: null, bool: false, ch: 'c' as char])

def slurped = new JsonSlurper().parseText(quickReplies.toString())
println "slurped back: ${slurped*.text} first payload class ${slurped[0].payload.getClass().simpleName}"

execution.setVariable('quickReplies', quickReplies.toString())
execution.setVariable('topFaq', hits ? hits[0].id : null)
customMetricService.upsertMetric('faq_hits', "${hits.size()}/${results.hits.size()}".toString())
log.info("faq search returned ${hits.size()} usable hits")

import groovy.json.JsonSlurper
import groovy.json.JsonOutput

// Maintain a JSON-encoded list of recent intents in a custom metric (string-only store).
String existing = customMetricService.getMetric("recent_intents")
def slurper = new JsonSlurper()
List recent = existing ? slurper.parseText(existing) : []
println "loaded ${recent.size()} entries: ${recent}"

def newIntents = execution.getVariable("newIntents")
newIntents.each { intent ->
    recent.removeAll { it.name == intent }
    recent.add(0, [name: intent, count: 1])
}

def counts = slurper.parseText(customMetricService.getMetric("intent_counts") ?: "{}")
newIntents.each { counts[it] = (counts[it] ?: 0) + 1 }
println "counts: ${counts}"

recent = recent.take(4)
String encoded = JsonOutput.toJson(recent)
println "saving: ${encoded}"
customMetricService.upsertMetric("recent_intents", encoded)
customMetricService.upsertMetric("intent_counts", JsonOutput.toJson(counts))

def topIntent = counts.max { it.value }
println "top intent: ${topIntent.key} (${topIntent.value})"

def nested = slurper.parseText('{"a":{"b":{"c":[10,20,{"d":"deep"}]}}}')
println "deep: ${nested.a.b.c[2].d}, second: ${nested.a.b.c[1]}"
println "safe: ${nested.a?.x?.y}"
println "keys: ${nested.a.b.keySet()}"

execution.setVariable("topIntent", topIntent.key)
log.info("recent intents: ${recent*.name}")
println "size of missing: ${nested.a.x.size()}"

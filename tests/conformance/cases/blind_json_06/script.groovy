import groovy.json.JsonSlurper
import groovy.json.JsonException

// Parse webhook bodies defensively; record which ones were rejected.
def bodies = execution.getVariable("webhookBodies")
def slurper = new JsonSlurper()
def accepted = []
def rejected = []

bodies.eachWithIndex { String body, int i ->
    try {
        def doc = slurper.parseText(body)
        if (!(doc instanceof Map)) {
            rejected << "#${i}: not an object (${doc.getClass().simpleName})"
            return
        }
        if (!doc.event) {
            rejected << "#${i}: no event"
            return
        }
        accepted << doc
        println "#${i}: ${doc.event} for ${doc.id ?: 'unknown'}"
    } catch (JsonException e) {
        rejected << "#${i}: malformed".toString()
        println "#${i}: JsonException"
    } catch (IllegalArgumentException e) {
        rejected << "#${i}: empty".toString()
        println "#${i}: ${e.getClass().simpleName} ${e.message}"
    }
}

println "accepted: ${accepted.size()}, rejected: ${rejected.size()}"
rejected.each { println "  ${it}" }

def byEvent = accepted.groupBy { it.event }.collectEntries { k, v -> [(k): v.size()] }
println "by event: ${byEvent}"

execution.setVariable("acceptedEvents", accepted*.event)
execution.setVariable("rejectedCount", rejected.size())
customMetricService.upsertMetric("webhooks_rejected", rejected.size().toString())
log.warn("rejected webhooks: ${rejected}")

def critical = slurper.parseText(execution.getVariable("criticalBody"))
println "critical: ${critical.event}"

import groovy.json.JsonSlurper
import groovy.json.JsonOutput

// Webhook handler: the CRM posts events; validate and summarise them
def raw = execution.getVariable('webhookEvents')
def events = new JsonSlurper().parseText(raw)
assert events instanceof List

def byType = events.groupBy { it.type }
byType.each { type, evs -> println "${type}: ${evs.size()} event(s), ids ${evs*.id}" }

def amounts = events.findResults { it.payload?.amount }
println "amounts: ${amounts} sum=${amounts.sum()} classes=${amounts*.getClass()*.simpleName.unique()}"

def latest = events.max { it.ts }
println "latest: ${latest.id} at ${latest.ts}"

def contacts = events.findAll { it.type == 'contact.updated' }.collectEntries { [(it.payload.email.toLowerCase()): it.payload.fields] }
println "contacts: ${JsonOutput.toJson(contacts)}"

def out = events.collect { e ->
    [id: e.id, kind: e.type.tokenize('.').first(), ok: e.payload != null]
}
String outJson = JsonOutput.toJson(out)
println outJson
println JsonOutput.prettyPrint(JsonOutput.toJson(byType.collectEntries { k, v -> [(k): v.size()] }))

execution.setVariable('eventKinds', byType.keySet().toList())
customMetricService.upsertMetric('webhook_events', events.size().toString())
transientVariableService.addVariable('eventDigest', outJson)
log.info("processed ${events.size()} webhook events")

// second batch arrives truncated from the proxy
def second = execution.getVariable('webhookEventsRetry')
def parsed = new JsonSlurper().parseText(second)
println "retry parsed ${parsed.size()}"

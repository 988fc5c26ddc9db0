// EsETL-style interaction tracking: one entry per intent, stored as a JSON metric
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def convId = execution.conversationId()
log.info("tracking interactions for ${convId} (process ${execution.getId()})")

def existing = customMetricService.getMetric('interactions')
def interactions = existing ? new JsonSlurper().parseText(existing) : []
println "existing interactions: ${interactions.size()}"

def intent = execution.getVariable('currentIntent')
def score = execution.getVariable('intentScore') as BigDecimal
def seq = (transientVariableService.getVariable('utteranceSeq') ?: 0) + 1
transientVariableService.addVariable('utteranceSeq', seq)

def entry = [seqStart: seq, intent: intent, score: score, abandoned: false, uuid: "${convId}-${seq}".toString()]
interactions = interactions.findAll { it && it.intent } // drop padding entries
interactions.each { it.abandoned = it.intent != intent && !it.completed }
interactions << entry
def padded = interactions.size() == 1 ? interactions + [[:]] : interactions

String json = JsonOutput.toJson(padded)
customMetricService.upsertMetric('interactions', json)
customMetricService.upsertMetric('last_intent', intent)
customMetricService.upsertMetric('interaction_count', interactions.size().toString())
println "stored: ${json}"

def all = customMetricService.getAllMetrics()
println "metric names: ${all.keySet().sort()}"
all.put('tampered', 'x')
println "copy is detached: ${customMetricService.getMetric('tampered') == null}"

if (customMetricService.getMetric('legacy_goal')) {
    customMetricService.deleteMetric('legacy_goal')
    log.debug('removed legacy_goal metric')
}
println "after delete: ${customMetricService.getMetric('legacy_goal')}"

execution.setVariable('interactionCount', interactions.size())
execution.setVariable('abandonedIntents', interactions.findAll { it.abandoned }*.intent)
log.info(execution, "interactions updated: ${interactions*.intent}".toString())

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
def utterance = execution.getVariable("utterance")
def candidates = execution.getVariable("nluCandidates")
def threshold = 0.6
def sorted = candidates.sort(false) { -it.score }
def top = sorted[0]
def runnerUp = sorted.size() > 1 ? sorted[1] : null
def margin = runnerUp ? top.score - runnerUp.score : top.score
println "top=${top.intent} score=${top.score} margin=${margin}"
def decision
if (top.score < threshold) {
    decision = "clarify"
} else if (margin < 0.1) {
    decision = "disambiguate"
} else {
    decision = "route"
}
println "decision=${decision}"
def payload = [
    utterance : utterance,
    tokens    : utterance.toLowerCase().tokenize(" ,.?!").size(),
    top       : [intent: top.intent, score: top.score],
    runnerUp  : runnerUp?.intent,
    margin    : margin,
    decision  : decision,
    candidates: sorted.collect { "${it.intent}:${it.score}" },
]
def json = JsonOutput.toJson(payload)
println json
customMetricService.upsertMetric("nlu_decision", json)
def parsed = new JsonSlurper().parseText(json)
println parsed.top.score.class.simpleName
println parsed.candidates.size()
println parsed.keySet()
execution.setVariable("intent", decision == "route" ? top.intent : null)
execution.setVariable("nluDecision", decision)
if (decision != "route") {
    def options = sorted.take(2)*.intent
    transientVariableService.addVariable("clarifyOptions", options)
    println "ask: Did you mean ${options.join(' or ')}?"
}
log.info("nlu decision ${decision} for '${utterance}'")
customMetricService.upsertMetric("nlu_margin", margin.toString())

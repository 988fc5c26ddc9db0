// Turn counter and fallback escalation: count consecutive "not understood" turns in transient state
def intent = execution.getVariable('lastIntent')
def confidence = (execution.getVariable('confidence') ?: 0) as BigDecimal

def stats = transientVariableService.getVariable('turnStats')
if (stats == null) {
    stats = [turns: 0, fallbacks: 0, consecutiveFallbacks: 0, intents: []]
    transientVariableService.addVariable('turnStats', stats)
}
stats.turns++
def understood = intent && intent != 'fallback' && confidence >= 0.6
if (understood) {
    stats.consecutiveFallbacks = 0
    stats.intents << intent
} else {
    stats.fallbacks++
    stats.consecutiveFallbacks++
}
println "turn ${stats.turns}: intent=${intent} conf=${confidence} understood=${understood}"

def action
if (stats.consecutiveFallbacks >= 3) action = 'ESCALATE'
else if (stats.consecutiveFallbacks == 2) action = 'OFFER_MENU'
else if (!understood) action = 'REPHRASE'
else action = 'CONTINUE'
execution.setVariable('nextAction', action)
println "action: $action"

def ratio = (stats.fallbacks / stats.turns * 100).setScale(0, BigDecimal.ROUND_HALF_UP)
customMetricService.upsertMetric('fallback_rate', "${ratio}%".toString())
customMetricService.upsertMetric('turns', stats.turns.toString())
if (action == 'ESCALATE') {
    customMetricService.upsertMetric('escalation_reason', 'repeated_fallback')
    log.warn("escalating after ${stats.consecutiveFallbacks} fallbacks")
}
def distinct = stats.intents.unique(false)
println "intents so far: ${stats.intents} distinct=${distinct}"
def lastTwo = stats.intents.takeRight(2)
if (lastTwo.size() == 2 && lastTwo[0] == lastTwo[1]) {
    println "user repeated ${lastTwo[0]}"
    execution.setVariable('repeatedIntent', lastTwo[0])
}
println "stored stats: ${transientVariableService.getVariable('turnStats')}"
log.info("turn stats ${stats.subMap(['turns', 'fallbacks'])}")

// Intent history: keep the last 5 intents with timestamps (fixed clock from state), detect loops
def history = transientVariableService.getVariable('intentHistory') ?: []
def now = execution.getVariable('nowEpoch') as long
def intent = execution.getVariable('currentIntent')

history << [intent: intent, at: now]
while (history.size() > 5) history.remove(0)
transientVariableService.addVariable('intentHistory', history)

def intents = history*.intent
println "history: $intents"
def gaps = []
for (int i = 1; i < history.size(); i++) gaps << (history[i].at - history[i - 1].at)
println "gaps (s): $gaps"

def loop = intents.size() >= 4 && intents[-1] == intents[-3] && intents[-2] == intents[-4]
println "ping-pong loop: $loop"
execution.setVariable('loopDetected', loop)
def idle = gaps && gaps[-1] > 300
execution.setVariable('userWasIdle', idle)

def counts = intents.countBy { it }
def dominant = counts.max { it.value }
println "dominant: ${dominant.key} x${dominant.value}"
customMetricService.upsertMetric('dominant_intent', dominant.key)
customMetricService.upsertMetric('intent_path', intents.join('>'))

def transitions = [:].withDefault { 0 }
intents.collate(2, 1, false).each { pair -> transitions["${pair[0]}->${pair[1]}".toString()]++ }
println "transitions: $transitions"
def avgGap = gaps ? gaps.sum() / gaps.size() : 0
println "avg gap: ${avgGap}"
if (loop) log.warn("loop between ${intents[-1]} and ${intents[-2]}")
def metric = customMetricService.getMetric('intent_path')
println "metric read back: $metric (all: ${customMetricService.getAllMetrics().keySet().sort()})"
customMetricService.deleteMetric('stale_metric')
println "after delete: ${customMetricService.getAllMetrics().keySet().sort()}"

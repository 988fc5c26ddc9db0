// GStrings stored before an uncaught error are saved as their text.
def who = "amy"
execution.setVariable("greeting", "hello ${who}")
execution.setVariable("items", ["a ${1 + 1}", [k: "v ${who}"]])
transientVariableService.addVariable("note", "note for ${who}")
customMetricService.upsertMetric("m", "metric ${who}".toString())
def x = null
println "about to fail"
x.length()

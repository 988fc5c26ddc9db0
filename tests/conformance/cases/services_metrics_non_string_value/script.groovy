def score = transientVariableService.getVariable("score")
customMetricService.upsertMetric("score_text", score.toString())
println "stored text"
// Amelia's service takes (String, String): a number is not converted.
customMetricService.upsertMetric("score", score)
println "never printed"

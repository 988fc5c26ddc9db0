def answers = execution.getVariable("answers")
def scores = answers.collect { it.score }
def avg = scores.sum() / scores.size()
println "raw avg: ${avg}"
def rounded = avg.setScale(1, BigDecimal.ROUND_HALF_UP)
println "rounded: ${rounded}"
def nps = answers.count { it.score >= 9 } - answers.count { it.score <= 6 }
println "nps delta: ${nps}"
def comments = answers.findAll { it.comment }*.comment
println comments
customMetricService.upsertMetric("survey_avg", rounded.toString())
customMetricService.upsertMetric("survey_count", "${answers.size()}")
execution.setVariable("surveyAvg", avg)
execution.setVariable("surveySummary", [avg: rounded, count: answers.size(), comments: comments])

// Satisfaction survey results pushed to custom metrics (strings only!)
def answers = execution.getVariable('surveyAnswers')
def csat = answers.csat as Integer
def nps = answers.nps as Integer
def comment = answers.comment?.trim()

customMetricService.upsertMetric('csat', csat.toString())
customMetricService.upsertMetric('nps', "${nps}".toString())
customMetricService.upsertMetric('has_comment', String.valueOf(comment as boolean))
if (comment) {
    customMetricService.upsertMetric('comment_length', comment.length() as String)
}
println "metrics so far: ${customMetricService.getAllMetrics().sort()}"

transientVariableService.addVariable('surveyDone', true)
execution.setVariable('surveyScore', csat * 20)
def category = nps >= 9 ? 'promoter' : nps >= 7 ? 'passive' : 'detractor'
execution.setVariable('npsCategory', category)
log.info("survey stored: csat=${csat} nps=${nps} (${category})")

def previous = customMetricService.getMetric('previous_csat')
if (previous != null) {
    def delta = csat - (previous as int)
    println "csat delta vs previous: ${delta > 0 ? '+' : ''}${delta}"
    customMetricService.upsertMetric('csat_delta', delta.toString())
}

// a newer teammate added a numeric metric without converting it to a String
def responseTime = answers.responseSeconds
println "response time ${responseTime}s"
customMetricService.upsertMetric('response_seconds', responseTime)
println 'not reached'

def responses = execution.getVariable("responses")
def questions = ["ease", "speed", "accuracy"]
def valid = responses.findAll { r -> questions.every { q -> r[q] instanceof Number && r[q] in 1..5 } }
def rejected = responses.size() - valid.size()
println "valid=${valid.size()} rejected=${rejected}"
def stats = questions.collectEntries { q ->
    def vals = valid.collect { it[q] }
    def mean = (vals.sum() / vals.size()).setScale(2, BigDecimal.ROUND_HALF_UP)
    def sortedVals = vals.sort(false)
    def mid = sortedVals.size().intdiv(2)
    def median = sortedVals.size() % 2 ? sortedVals[mid] : (sortedVals[mid - 1] + sortedVals[mid]) / 2
    [(q): [mean: mean, median: median, min: vals.min(), max: vals.max()]]
}
stats.each { q, s -> println "${q.padRight(9)} mean=${s.mean} median=${s.median} range=${s.min}-${s.max}" }
def overall = (stats.values().sum { it.mean } / questions.size()).setScale(2, BigDecimal.ROUND_HALF_UP)
println "overall=${overall}"
def promoters = valid.count { it.nps >= 9 }
def detractors = valid.count { it.nps <= 6 }
def nps = Math.round((promoters - detractors) * 100.0d / valid.size())
println "promoters=${promoters} detractors=${detractors} nps=${nps}"
def comments = valid.findAll { it.comment?.trim() }.collect { it.comment.trim() }
def keywords = ["slow", "fast", "wrong", "great", "easy"]
def mentions = keywords.collectEntries { k -> [k, comments.count { it.toLowerCase().contains(k) }] }.findAll { it.value > 0 }
println "mentions=${mentions}"
def worst = stats.min { it.value.mean }.key
println "focus area: ${worst}"
execution.setVariable("surveyStats", stats)
execution.setVariable("surveyOverall", overall)
customMetricService.upsertMetric("survey_nps", nps.toString())
customMetricService.upsertMetric("survey_overall", overall.toString())
customMetricService.upsertMetric("survey_focus", worst)
if (nps < 0) log.warn("negative NPS: ${nps}".toString()) else log.info("NPS ok: ${nps}".toString())
transientVariableService.addVariable("surveyComments", comments)
def distribution = questions.collectEntries { q ->
    [(q): (1..5).collect { v -> valid.count { it[q] == v } }]
}
distribution.each { q, counts ->
    def bar = counts.withIndex().collect { c, i -> "${i + 1}:" + ("#" * c) }.join(" ")
    println "${q.padRight(9)} ${bar}"
}
def lowScorers = valid.findAll { r -> questions.any { q -> r[q] <= 2 } }
println "low scorers: ${lowScorers.size()}"
execution.setVariable("surveyDistribution", distribution)

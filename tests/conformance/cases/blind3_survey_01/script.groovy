// NPS survey at the end of the conversation: score, bucket, store per-category averages
def answers = execution.getVariable('answers')
def score = answers.nps as Integer
def category = score >= 9 ? 'promoter' : (score >= 7 ? 'passive' : 'detractor')
execution.setVariable('npsCategory', category)

def history = transientVariableService.getVariable('npsHistory') ?: []
history << [score: score, category: category, topic: answers.topic]
transientVariableService.addVariable('npsHistory', history)

def counts = history.countBy { it.category }
int n = history.size()
def pct = { String c -> (counts.get(c, 0) * 100.0 / n) }
def nps = (pct('promoter') - pct('detractor')).setScale(1, BigDecimal.ROUND_HALF_UP)
println "counts=$counts n=$n nps=$nps"
customMetricService.upsertMetric('nps_running', nps.toString())
customMetricService.upsertMetric('nps_last', score.toString())

def byTopic = history.groupBy { it.topic }
byTopic.each { topic, rows ->
    def avg = rows.sum { it.score } / rows.size()
    println "${topic.padRight(10)} n=${rows.size()} avg=${avg.setScale(2, BigDecimal.ROUND_HALF_UP)} min=${rows*.score.min()} max=${rows*.score.max()}"
}
def worstTopic = byTopic.min { e -> e.value.sum { it.score } / e.value.size() }.key
execution.setVariable('worstTopic', worstTopic)
log.info("NPS now ${nps} after ${n} answers, worst topic ${worstTopic}")

def distribution = (0..10).collect { s -> history.count { it.score == s } }
println distribution.withIndex().collect { c, i -> c ? "$i:${'#' * c}" : null }.findAll().join(' ')
def median = history*.score.sort().with { l -> l.size() % 2 ? l[l.size().intdiv(2)] : (l[l.size().intdiv(2) - 1] + l[l.size().intdiv(2)]) / 2 }
println "median $median"
if (answers.comment?.trim()) {
    def c = answers.comment.trim()
    println "comment (${c.size()}): ${c.size() > 40 ? c[0..39] + '...' : c}"
    execution.setVariable('hasComment', true)
}

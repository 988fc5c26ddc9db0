// Survey answers: pivot tables, running totals, de-duplication
def responses = execution.getVariable('responses')

def deduped = responses.unique(false) { it.user }
println "responses ${responses.size()} unique users ${deduped.size()}"

def questions = deduped.collectMany { it.answers.keySet() }.unique().sort()
println "questions: ${questions}"

def pivot = questions.collectEntries { q ->
    def vals = deduped.findResults { it.answers[q] }
    [(q): [n: vals.size(), avg: vals ? (vals.sum() / vals.size()).setScale(2, BigDecimal.ROUND_HALF_UP) : null, dist: vals.countBy { it }.sort()]]
}
pivot.each { q, s -> println "${q}: ${s}" }

def running = []
deduped*.answers*.q1.findAll { it != null }.inject(0) { acc, v -> running << acc + v; acc + v }
println "running q1: ${running}"

def matrix = deduped.collect { r -> questions.collect { r.answers[it] ?: 0 } }
def columnSums = matrix.transpose()*.sum()
println "matrix: ${matrix}"
println "column sums: ${columnSums}"

def ranked = deduped.collect { [user: it.user, total: it.answers.values().sum()] }.sort { a, b -> b.total <=> a.total ?: a.user <=> b.user }
ranked.eachWithIndex { r, i -> println "#${i + 1} ${r.user} ${r.total}" }

def segments = deduped.groupBy { it.answers.q1 >= 4 ? 'happy' : it.answers.q1 >= 3 ? 'neutral' : 'unhappy' }.collectEntries { k, v -> [(k): v*.user] }
println "segments: ${segments.sort()}"

def copy = responses.collect { new LinkedHashMap(it) }
copy.each { it.remove('answers') }
println "stripped: ${copy.take(2)} orig still has answers: ${responses[0].containsKey('answers')}"
println "immutable: ${[1, 2].asImmutable().getClass().simpleName.startsWith('Unmodifiable')}"

execution.setVariable('surveyPivot', pivot.collectEntries { k, v -> [(k): v.avg] })
execution.setVariable('surveySegments', segments)
customMetricService.upsertMetric('survey_users', deduped.size().toString())
log.info("survey pivot over ${questions.size()} questions")

def bestQ = pivot.max { it.value.avg }.key
println "best question ${bestQ}: ${pivot[bestQ].dist.keySet().max()}"

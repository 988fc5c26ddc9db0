// Employee pulse survey: Likert answers per question, per department; flag low scoring items
def responses = transientVariableService.getVariable('pulseResponses')
def questions = execution.getVariable('questions')
def threshold = 3.0

def byQuestion = [:]
responses.each { r ->
    r.answers.each { qid, val ->
        byQuestion.computeIfAbsent(qid) { [] } << val
    }
}
println "collected: ${byQuestion.collectEntries { k, v -> [(k): v.size()] }}"

def stats = byQuestion.collectEntries { qid, vals ->
    def mean = vals.sum() / vals.size()
    def variance = vals.collect { (it - mean) ** 2 }.sum() / vals.size()
    [(qid): [mean: mean.setScale(2, BigDecimal.ROUND_HALF_UP), sd: Math.sqrt(variance as double).round(2), n: vals.size()]]
}
stats.each { qid, s -> println "${qid} ${questions[qid]?.take(25)?.padRight(25)} mean=${s.mean} sd=${s.sd} n=${s.n}" }

def low = stats.findAll { it.value.mean < threshold }.keySet().toList()
println "low: $low"
execution.setVariable('lowItems', low.collect { questions[it] })

def deptMeans = responses.groupBy { it.dept }.collectEntries { dept, rs ->
    def all = rs.collectMany { it.answers.values() as List }
    [(dept): (all.sum() / all.size()).setScale(2, BigDecimal.ROUND_HALF_UP)]
}
println "departments: ${deptMeans.sort { a, b -> a.value <=> b.value }}"
def best = deptMeans.max { it.value }
customMetricService.upsertMetric('pulse_best_dept', best.key)
customMetricService.upsertMetric('pulse_low_items', low.size().toString())

def agreeRate = byQuestion.collectEntries { k, v -> [(k): "${v.count { it >= 4 }}/${v.size()}"] }
println "agree: $agreeRate"
def flat = responses.collectMany { r -> r.answers.collect { q, v -> [r.dept, q, v] } }
def lowest = flat.min { it[2] }
println "lowest single answer: ${lowest}"
println "unique values: ${flat*.getAt(2).unique().sort()}"
log.info("pulse processed: ${responses.size()} responses, ${low.size()} low items")

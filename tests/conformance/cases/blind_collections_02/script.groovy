// Aggregate survey answers with inject/sum/max.
def answers = execution.getVariable("surveyAnswers")

def totals = answers.inject([:]) { acc, a ->
    acc[a.question] = (acc[a.question] ?: 0) + a.score
    acc
}
println "totals: ${totals}"

def stats = answers.groupBy { it.question }.collectEntries { q, list ->
    def scores = list*.score
    [(q): [n: scores.size(), min: scores.min(), max: scores.max(), avg: scores.sum() / scores.size()]]
}
stats.each { q, s -> println "${q}: ${s}" }

def overall = answers.inject(0) { sum, a -> sum + a.score }
println "overall sum: ${overall}, via sum(): ${answers.sum { it.score }}, via *.: ${answers*.score.sum()}"

def concat = answers.inject("") { s, a -> s + a.score }
println "concat: ${concat}"

def noSeed = answers*.score.inject { a, b -> a > b ? a : b }
println "max via inject without seed: ${noSeed}"

def emptySum = [].sum()
def emptySumSeed = [].sum(0)
def emptyInject = [].inject(100) { a, b -> a + b }
println "empty: sum=${emptySum} seeded=${emptySumSeed} inject=${emptyInject}"

def nps = answers.findAll { it.question == "recommend" }*.score
def promoters = nps.count { it >= 9 }
def detractors = nps.count { it <= 6 }
def npsScore = ((promoters - detractors) * 100 / nps.size()) as int
println "NPS: promoters=${promoters} detractors=${detractors} score=${npsScore}"

def bestQ = stats.max { it.value.avg }.key
def worstQ = stats.min { it.value.avg }.key
println "best: ${bestQ}, worst: ${worstQ}"

execution.setVariable("npsScore", npsScore)
execution.setVariable("surveyTotals", totals)
customMetricService.upsertMetric("nps", npsScore.toString())
customMetricService.upsertMetric("worst_question", worstQ)

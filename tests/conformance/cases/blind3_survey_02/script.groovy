// Personality quiz: weighted answers, ties broken alphabetically, result text per profile
def answers = execution.getVariable('quizAnswers')   // question id -> chosen option
def key = [
    q1: [a: [explorer: 2], b: [planner: 2], c: [socialiser: 1, explorer: 1]],
    q2: [a: [planner: 1], b: [socialiser: 2], c: [achiever: 2]],
    q3: [a: [achiever: 1, planner: 1], b: [explorer: 2], c: [socialiser: 2]],
    q4: [a: [achiever: 2], b: [explorer: 1], c: [planner: 2]],
    q5: [a: [socialiser: 1], b: [achiever: 1], c: [explorer: 1, planner: 1]],
]

Map<String, Integer> totals = [:].withDefault { 0 }
def unanswered = []
key.each { q, options ->
    def choice = answers[q]
    if (!choice || !options.containsKey(choice)) {
        unanswered << q
        return
    }
    options[choice].each { profile, w -> totals[profile] += w }
}
println "totals: ${totals.sort()}"
println "unanswered: $unanswered"

def ranking = totals.entrySet().sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
def winner = ranking ? ranking[0].key : 'undecided'
println "ranking: ${ranking.collect { "${it.key}=${it.value}" }}"
def texts = [explorer: 'You love discovering new things.', planner: 'You like to be prepared.',
             socialiser: 'People energise you.', achiever: 'Goals keep you going.']
execution.setVariable('profile', winner)
execution.setVariable('profileText', texts[winner] ?: 'Answer more questions!')
customMetricService.upsertMetric('quiz_profile', winner)
customMetricService.upsertMetric('quiz_completion', "${key.size() - unanswered.size()}/${key.size()}")

def maxScore = totals.values().max()
def ties = totals.findAll { it.value == maxScore }.keySet().sort()
if (ties.size() > 1) log.warn("tie between ${ties}")
def normalised = totals.collectEntries { k, v -> [(k): Math.round(v * 100.0 / totals.values().sum())] }
println "normalised: ${normalised.sort { -it.value }}"
println "profiles present: ${totals.keySet().toSorted()} absent: ${(texts.keySet() - totals.keySet())}"
def bars = ranking.collect { "${it.key.padLeft(10)} ${'█' * it.value}" }
bars.each { println it }

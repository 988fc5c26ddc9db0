// ---- library: tiny FAQ matcher ----
class Faq {
    String id
    String question
    String answer
    Set<String> keywords
}

class FaqMatcher {
    List<Faq> faqs = []
    static final Set<String> STOP = ["the", "a", "an", "is", "my", "i", "to", "how", "do", "can", "what", "of"] as Set

    static Set<String> words(String s) {
        (s.toLowerCase().findAll(/[a-z]+/) - STOP) as Set
    }

    void add(String id, String q, String a) {
        faqs << new Faq(id: id, question: q, answer: a, keywords: words(q))
    }

    List<Map> rank(String query) {
        Set<String> qw = words(query)
        faqs.collect { f ->
            int overlap = qw.intersect(f.keywords).size()
            BigDecimal score = f.keywords ? (overlap / f.keywords.size()).setScale(3, BigDecimal.ROUND_HALF_UP) : 0
            [id: f.id, score: score, overlap: overlap]
        }.findAll { it.overlap > 0 }.sort { a, b -> b.score <=> a.score ?: a.id <=> b.id }
    }
}
// ---- end library ----

FaqMatcher matcher = new FaqMatcher()
matcher.add("F1", "How do I reset my password?", "Use the 'Forgot password' link.")
matcher.add("F2", "How can I change my email address?", "Go to Settings > Profile.")
matcher.add("F3", "What is the refund policy?", "Refunds within 30 days.")
matcher.add("F4", "How do I close my account?", "Contact support to close your account.")
matcher.add("F5", "Can I change my password without email?", "Yes, via SMS code.")

def queries = execution.getVariable("queries")
def answers = [:]
queries.each { q ->
    def ranked = matcher.rank(q)
    def best = ranked ? ranked.first() : null
    println "'${q}' -> ${ranked.collect { "${it.id}:${it.score}" }}"
    answers[q] = best ? matcher.faqs.find { it.id == best.id }.answer : "Sorry, I don't know that one."
}
answers.each { q, a -> println "A(${q.take(20)}): ${a}" }
println "keywords F5: ${matcher.faqs.find { it.id == 'F5' }.keywords.sort()}"

execution.setVariable("faqAnswers", answers)
customMetricService.upsertMetric("faq_unanswered", answers.count { it.value.startsWith("Sorry") }.toString())

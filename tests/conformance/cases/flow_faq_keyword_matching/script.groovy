def faqs = [
    [id: "shipping_time", keywords: ["ship", "shipping", "deliver", "delivery", "arrive"], answer: "Orders arrive in 3-5 business days."],
    [id: "returns", keywords: ["return", "refund", "exchange", "send back"], answer: "You can return items within 30 days."],
    [id: "payment", keywords: ["pay", "payment", "card", "paypal", "invoice"], answer: "We accept cards and PayPal."],
    [id: "hours", keywords: ["open", "hours", "close", "weekend"], answer: "We are open 9-5, Monday to Friday."],
]
def stop = ["the", "a", "is", "my", "i", "to", "do", "you", "can", "how", "what", "when", "will"] as Set
def tokenize = { String text -> text.toLowerCase().replaceAll(/[^a-z\s]/, " ").tokenize().findAll { !(it in stop) } }
def score = { List tokens, String text, Map faq ->
    def s = 0
    faq.keywords.each { kw ->
        if (kw.contains(" ")) {
            if (text.toLowerCase().contains(kw)) s += 3
        } else {
            s += tokens.count { t -> t == kw } * 2
            s += tokens.count { t -> t != kw && t.startsWith(kw) }
        }
    }
    s
}
def questions = execution.getVariable("questions")
def answered = 0
questions.each { q ->
    def tokens = tokenize(q)
    def ranked = faqs.collect { f -> [id: f.id, score: score(tokens, q, f), answer: f.answer] }
        .findAll { it.score > 0 }
        .sort { a, b -> b.score <=> a.score ?: a.id <=> b.id }
    println "Q: ${q}"
    println "   tokens=${tokens}"
    if (ranked) {
        answered++
        def best = ranked[0]
        println "   -> ${best.id} (${best.score}) ${best.answer}"
        if (ranked.size() > 1) println "   also: ${ranked.tail()*.id}"
    } else {
        println "   -> no match"
    }
}
def rate = answered / questions.size()
println "answered ${answered}/${questions.size()} = ${rate}"
execution.setVariable("faqAnswered", answered)
customMetricService.upsertMetric("faq_rate", rate.setScale(2, BigDecimal.ROUND_HALF_UP).toString())

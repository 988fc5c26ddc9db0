// Match the user's question against FAQ keywords; the best entry wins.
def faqs = [
    [id: "opening-hours", keywords: ["open", "hours", "closing", "weekend"],
     answer: "We are open 8am-8pm Monday to Saturday."],
    [id: "returns", keywords: ["return", "refund", "exchange", "send back"],
     answer: "You can return any item within 30 days for a full refund."],
    [id: "delivery", keywords: ["delivery", "shipping", "arrive", "courier"],
     answer: "Standard delivery takes 2-4 working days."],
]

String question = (transientVariableService.getVariable("lastUtterance") ?: "").toLowerCase()
def scored = faqs.collect { faq ->
    [faq: faq, hits: faq.keywords.count { kw -> question =~ /\b${kw}/ }]
}.findAll { it.hits > 0 }.sort { -it.hits }

if (scored) {
    def best = scored[0].faq
    execution.setVariable("faqId", best.id)
    execution.setVariable("faqAnswer", best.answer)
    println best.answer
} else {
    execution.removeVariable("faqId")
    log.info("no FAQ matched: ${question}")
}
scored.size()

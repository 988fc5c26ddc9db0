// Extract reference numbers from a user's utterance.
String utterance = execution.getVariable("utterance")

def orderMatcher = utterance =~ /(?i)\b(ORD|ORDER)[-\s]?(\d{5,8})\b/
def orders = []
orderMatcher.each { match ->
    println "match: ${match[0]} prefix=${match[1]} number=${match[2]}"
    orders << match[2]
}

def tickets = utterance.findAll(/TK-\d+/)
println "tickets: ${tickets}"

def amounts = utterance.findAll(/\$(\d+(?:\.\d\d)?)/) { full, num -> num as BigDecimal }
println "amounts: ${amounts} total=${amounts.sum()}"

def emails = (utterance =~ /[\w.+-]+@[\w-]+\.[\w.]+/).collect { it }
println "emails: ${emails}"

def firstDate = utterance.find(/\d{4}-\d{2}-\d{2}/)
println "first date: ${firstDate}"
def noMatch = utterance.find(/IBAN\s+\w+/)
println "iban: ${noMatch}"

def words = utterance.findAll(/\b[A-Z]{2,}\b/)
println "shouty words: ${words}"

def m = utterance =~ /order/
println "found 'order' (case-sensitive)? ${m.find()} / count ${(utterance =~ /order/).count}"
println "boolean coercion: ${(utterance =~ /refund/) as boolean}, ${!!(utterance =~ /zebra/)}"

execution.setVariable("orderNumbers", orders)
execution.setVariable("ticketIds", tickets)
execution.setVariable("contactEmail", emails ? emails[0] : null)
customMetricService.upsertMetric("refs_found", (orders.size() + tickets.size()).toString())
log.info("extracted ${orders.size()} orders and ${tickets.size()} tickets")

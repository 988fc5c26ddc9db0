import java.util.regex.Pattern
import java.util.regex.Matcher

// Intent pre-classifier: ordered regex rules on the raw user message
def rules = [
    [intent: 'cancel',   rx: Pattern.compile('\\b(cancel|stop|terminate)\\b.*\\b(subscription|plan|order)\\b', Pattern.CASE_INSENSITIVE)],
    [intent: 'refund',   rx: Pattern.compile('\\b(refund|money back|reimburse)', Pattern.CASE_INSENSITIVE)],
    [intent: 'track',    rx: Pattern.compile('(?i)where\\s+is\\s+my\\s+(\\w+)')],
    [intent: 'greeting', rx: Pattern.compile('^(hi|hello|hey)\\b', Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)]
]

def messages = execution.getVariable('messages')
def classified = [:]
messages.each { String msg ->
    def hit = rules.find { it.rx.matcher(msg).find() }
    String intent = hit?.intent ?: 'unknown'
    String detail = ''
    if (intent == 'track') {
        Matcher mm = hit.rx.matcher(msg)
        mm.find()
        detail = mm.group(1)
    }
    classified[msg] = intent
    println "${intent.padRight(8)} ${detail ? '(' + detail + ') ' : ''}<- ${msg}"
}

def counts = classified.values().countBy { it }
println "counts: ${counts}"

switch (messages[0]) {
    case ~/(?i).*refund.*/: println 'first message: refund-like'; break
    case ~/(?i)^hi.*/: println 'first message: starts with hi'; break
    default: println 'first message: other'
}

def amountPattern = Pattern.compile('(?<currency>[$€£])\\s?(?<amount>\\d+(?:[.,]\\d{2})?)')
messages.each { msg ->
    Matcher am = amountPattern.matcher(msg)
    while (am.find()) {
        println "amount ${am.group('amount').replace(',', '.')} in ${am.group('currency')}"
    }
}

println "quote: ${Pattern.quote('1+1=2?')} matches: ${'1+1=2?' ==~ Pattern.quote('1+1=2?')}"
println "split: ${Pattern.compile('\\s*[;,]\\s*').split('a , b;c ;; d').toList()}"

execution.setVariable('intentCounts', counts)
customMetricService.upsertMetric('unknown_intents', (counts['unknown'] ?: 0).toString())
log.info("classified ${messages.size()} messages")

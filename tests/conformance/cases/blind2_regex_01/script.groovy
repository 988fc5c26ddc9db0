// Extract contact details from a free-text utterance
String text = execution.getVariable('utterance')

def emailRx = /(?i)\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b/
def phoneRx = /(?:\+?(\d{1,3})[\s-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})/
def orderRx = ~/#?\b([A-Z]{2})-(\d{4,6})\b/

def emails = (text =~ emailRx).collect { it.toLowerCase() }
println "emails: ${emails}"

def phones = []
def m = text =~ phoneRx
while (m.find()) {
    def cc = m.group(1) ?: '1'
    phones << "+${cc} (${m.group(2)}) ${m.group(3)}-${m.group(4)}"
}
println "phones: ${phones}"

def orders = text.findAll(orderRx) { full, prefix, num -> "${prefix}${num.padLeft(6, '0')}" }
println "orders: ${orders}"

def firstOrder = (text =~ orderRx)
if (firstOrder.find()) {
    println "first order at ${firstOrder.start()}-${firstOrder.end()}: '${firstOrder.group()}' groups=${firstOrder.groupCount()}"
}

def mood = text.find(/(?i)\b(angry|upset|happy|thanks?)\b/)?.toLowerCase()
println "mood word: ${mood}"

def redacted = text.replaceAll(emailRx, '<email>').replaceAll(phoneRx, '<phone>')
println "redacted: ${redacted}"

def words = text.split(/[^\p{L}\p{N}']+/).findAll { it }
println "word count: ${words.size()}, longest: ${words.max { it.size() }}"
println "is order only: ${'XY-12345' ==~ orderRx} / ${'order XY-12345' ==~ orderRx}"

execution.setVariable('contactEmails', emails)
execution.setVariable('contactPhones', phones)
execution.setVariable('orderRefs', orders)
customMetricService.upsertMetric('pii_found', (emails.size() + phones.size()).toString())
log.info("extracted ${emails.size()} emails, ${phones.size()} phones, ${orders.size()} orders")

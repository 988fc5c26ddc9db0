// Mask PII in a transcript line before it is stored as a custom metric
def text = execution.getVariable('userText')
def rules = [
    email : ~/[\w.+-]+@[\w-]+\.[\w.]+/,
    card  : ~/\b(?:\d[ -]?){13,16}\b/,
    phone : ~/\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}/,
]

def counts = [:]
String masked = text
rules.each { name, pattern ->
    int n = 0
    masked = masked.replaceAll(pattern) { String match ->
        n++
        if (name == 'email') {
            def parts = match.split('@')
            return parts[0][0] + '***@' + parts[1]
        }
        def digits = match.replaceAll(/\D/, '')
        return '*' * (digits.size() - 4) + digits[-4..-1]
    }
    counts[name] = n
}
println masked
println counts
log.info("masked ${counts.values().sum()} items")

execution.setVariable('maskedText', masked)
customMetricService.upsertMetric('pii_found', counts.findAll { it.value > 0 }.keySet().join(','))

// first name only, capitalised, from a "my name is" phrase
def m = text =~ /(?i)my name is ([\p{L}'-]+)/
def firstName = m.find() ? m.group(1).toLowerCase().capitalize() : 'there'
println "Hi $firstName!"
execution.setVariable('firstName', firstName)

// the masked text must not grow past 120 chars for the metric
def preview = masked.size() > 60 ? masked.take(57) + '...' : masked
customMetricService.upsertMetric('preview', preview)
println "preview length ${preview.size()}"
assert !preview.contains('@example.com') || preview.contains('***')

// Normalise and validate postal addresses typed by users
def addresses = execution.getVariable('addresses')

def postcodeRules = [
    US: ~/^\d{5}(-\d{4})?$/,
    UK: ~/^(?i)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/,
    DE: ~/^\d{5}$/,
    NL: ~/^\d{4}\s?[A-Z]{2}$/
]

def normaliseStreet = { String s ->
    s.trim()
     .replaceAll(/\s+/, ' ')
     .replaceAll(/(?i)\bstr(\.|\b)/, 'Straße')
     .replaceAll(/(?i)\b(st|street)\.?$/, 'Street')
     .replaceAll(/(?i)\bave?\.?(?=\s|$)/, 'Avenue')
     .replaceAll(/(\d+)\s*([a-z])\b/) { all, num, letter -> "${num}${letter.toUpperCase()}" }
}

def valid = []
def invalid = []
addresses.each { a ->
    def street = normaliseStreet(a.street)
    def pc = a.postcode?.trim()?.toUpperCase()
    def rule = postcodeRules[a.country]
    boolean ok = rule != null && pc ==~ rule
    if (a.country == 'UK' && ok) {
        pc = pc.replaceAll(/\s+/, '').replaceFirst(/(\w{3})$/, ' $1')
    }
    def line = "${street}, ${pc} (${a.country})"
    (ok ? valid : invalid) << line
    println "${ok ? 'OK ' : 'BAD'} ${line}"
}

def houseNumbers = addresses.collect { (it.street =~ /\d+/) ? (it.street =~ /\d+/)[0] : null }
println "house numbers: ${houseNumbers}"

def initials = addresses*.city*.replaceAll(/(?<=\w)\w*\s*/, '')
println "city initials: ${initials}"

def tr = 'Münster-Hiltrup'.toLowerCase().replaceAll(/[^a-z0-9]+/, '-')
println "slug: ${tr}"
println "escaped: ${'a.b*c'.replaceAll(java.util.regex.Pattern.quote('.'), java.util.regex.Matcher.quoteReplacement('$'))}"

execution.setVariable('validAddresses', valid)
execution.setVariable('invalidAddresses', invalid)
customMetricService.upsertMetric('address_invalid', invalid.size().toString())
log.warn("${invalid.size()} invalid address(es)")

def broken = execution.getVariable('customPattern')
println 'custom: ' + ('abc' ==~ broken)

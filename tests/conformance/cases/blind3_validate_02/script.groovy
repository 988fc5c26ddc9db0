// Phone numbers typed in many formats -> E.164, per country rules
def raw = execution.getVariable('phones')
def defaultCountry = execution.getVariable('country') ?: 'FR'
def rules = [
    FR: [code: '33', national: ~/^0[1-9]\d{8}$/],
    DE: [code: '49', national: ~/^0[1-9]\d{6,11}$/],
    US: [code: '1',  national: ~/^[2-9]\d{9}$/],
    GB: [code: '44', national: ~/^0\d{9,10}$/],
]

String toE164(String s, String country, Map rules) {
    def digits = s.replaceAll(/(?!^\+)[^\d]/, '')
    if (digits.startsWith('+')) return digits ==~ /\+\d{8,15}/ ? digits : null
    if (digits.startsWith('00')) return '+' + digits.substring(2)
    def rule = rules[country]
    if (!rule) return null
    if (digits ==~ rule.national) {
        return '+' + rule.code + (digits.startsWith('0') ? digits.substring(1) : digits)
    }
    return null
}

def results = raw.collect { entry ->
    def country = entry.country ?: defaultCountry
    [input: entry.text, country: country, e164: toE164(entry.text, country, rules)]
}
results.each { r -> println "${r.input.padRight(22)} ${r.country} -> ${r.e164 ?: 'INVALID'}" }
def valid = results.findAll { it.e164 }
execution.setVariable('validPhones', valid*.e164)
customMetricService.upsertMetric('phones_valid', "${valid.size()}/${results.size()}")

def pretty = valid.collect { r ->
    def e = r.e164
    switch (e) {
        case ~/\+33\d{9}/: return e.replaceFirst(/\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})/, '+33 $1 $2 $3 $4 $5')
        case ~/\+1\d{10}/: return e.replaceFirst(/\+1(\d{3})(\d{3})(\d{4})/, '+1 ($1) $2-$3')
        default: return e
    }
}
pretty.each { println it }
def byCountry = valid.groupBy { it.country }.collectEntries { k, v -> [(k): v.size()] }
println "by country: $byCountry"
log.info("normalised ${valid.size()} numbers")
def mobiles = valid.findAll { it.e164 ==~ /\+33[67]\d{8}|\+447\d{9}|\+491[5-7]\d+/ }*.e164
println "mobiles: $mobiles"

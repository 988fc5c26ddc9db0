// Postcode and address validation for several countries, named groups and replaceAll with closures
def addresses = execution.getVariable('addresses')
def patterns = [
    UK: ~/(?i)^(?<outward>[A-Z]{1,2}\d[A-Z\d]?)\s*(?<inward>\d[A-Z]{2})$/,
    NL: ~/^(?<digits>[1-9]\d{3})\s?(?<letters>[A-Za-z]{2})$/,
    CA: ~/(?i)^(?<fsa>[A-Z]\d[A-Z])[ -]?(?<ldu>\d[A-Z]\d)$/,
    FR: ~/^(?<dept>\d{2})(?<rest>\d{3})$/,
    US: ~/^(?<zip>\d{5})(?:-(?<plus4>\d{4}))?$/,
]

def checked = addresses.collect { a ->
    def pc = a.postcode.trim()
    def m = pc =~ patterns[a.country]
    if (!m.matches()) return [country: a.country, postcode: pc, ok: false]
    def formatted
    switch (a.country) {
        case 'UK': formatted = "${m.group('outward')} ${m.group('inward')}".toUpperCase(); break
        case 'NL': formatted = "${m.group('digits')} ${m.group('letters').toUpperCase()}"; break
        case 'CA': formatted = "${m.group('fsa')} ${m.group('ldu')}".toUpperCase(); break
        case 'FR': formatted = pc + (m.group('dept') == '75' ? ' (Paris)' : ''); break
        default: formatted = m.group('plus4') ? pc : m.group('zip')
    }
    [country: a.country, postcode: pc, ok: true, formatted: formatted.toString()]
}
checked.each { println it }
execution.setVariable('postcodes', checked)
customMetricService.upsertMetric('postcodes_ok', checked.count { it.ok }.toString())

def street = execution.getVariable('street')
def abbreviations = [st: 'Street', rd: 'Road', ave: 'Avenue', blvd: 'Boulevard']
def expanded = street.replaceAll(/(?i)\b(st|rd|ave|blvd)\b\.?/) { all, abbr -> abbreviations[abbr.toLowerCase()] }
println expanded
def titled = expanded.replaceAll(/\b([a-z])([a-z]*)/) { all, first, rest -> first.toUpperCase() + rest }
println titled
def numbered = titled.replaceAll(/\d+/) { n -> (n as int) % 2 == 0 ? "${n} (even)" : "${n} (odd)" }
println numbered
execution.setVariable('street', titled)
log.info("validated ${checked.size()} postcodes")
def houseNumber = (street =~ /^\s*(\d+)([a-z]?)/).with { it ? it[0][1..2] : null }
println "house number parts: $houseNumber"

// Normalise dates typed by users in many formats to ISO yyyy-MM-dd.
def inputs = execution.getVariable("dateInputs")
def months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

String normalise(String raw, List<String> months) {
    String s = raw.trim().toLowerCase()
    def m
    if ((m = s =~ /^(\d{4})-(\d{1,2})-(\d{1,2})$/)) {
        return String.format("%s-%02d-%02d", m[0][1], m[0][2] as int, m[0][3] as int)
    }
    if ((m = s =~ /^(\d{1,2})[\/.](\d{1,2})[\/.](\d{2}|\d{4})$/)) {
        int y = m[0][3] as int
        if (y < 100) y += 2000
        return String.format("%04d-%02d-%02d", y, m[0][2] as int, m[0][1] as int)
    }
    if ((m = s =~ /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3})[a-z]*,?\s+(\d{4})$/)) {
        int month = months.indexOf(m[0][2]) + 1
        if (month == 0) return null
        return String.format("%s-%02d-%02d", m[0][3], month, m[0][1] as int)
    }
    if ((m = s =~ /^([a-z]{3})[a-z]*\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/)) {
        int month = months.indexOf(m[0][1]) + 1
        if (month == 0) return null
        return String.format("%s-%02d-%02d", m[0][3], month, m[0][2] as int)
    }
    return null
}

def normalised = [:]
inputs.each { String raw ->
    String iso = normalise(raw, months)
    normalised[raw] = iso
    println "${raw.padRight(22)} -> ${iso ?: 'UNRECOGNISED'}"
}

def good = normalised.findAll { it.value }
def bad = normalised.findAll { !it.value }.keySet()
println "recognised ${good.size()}/${normalised.size()}"
println "sorted: ${good.values().sort()}"

execution.setVariable("isoDates", good.values().toList())
execution.setVariable("badDates", bad.toList())
customMetricService.upsertMetric("date_parse_fail", bad.size().toString())

// Mask sensitive data before storing the transcript excerpt.
String text = transientVariableService.getVariable("transcriptExcerpt")

String masked = text
        .replaceAll(/\b(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})\b/, '**** **** **** $4')
        .replaceAll(/\b(\d{3})-(\d{2})-(\d{4})\b/, 'XXX-XX-$3')
        .replaceAll(/([\w.]+)@([\w.]+)/) { all, user, domain -> user[0] + "***@" + domain }
        .replaceAll(/(?i)(password|pin)\s*(is|:)\s*\S+/, '$1 $2 [REDACTED]')

println masked

String dates = "from 03/15/2024 to 04/01/2024"
println dates.replaceAll(/(\d{2})\/(\d{2})\/(\d{4})/, '$3-$1-$2')

String names = "SMITH, john; doe, JANE"
println names.replaceAll(/(\w+),\s*(\w+)/) { all, last, first ->
    "${first.toLowerCase().capitalize()} ${last.toLowerCase().capitalize()}"
}

println "price: \$5".replaceAll(/\$(\d)/, 'USD $1')
println "a.b.c".replaceAll(".", "-")
println "a.b.c".replace(".", "-")
println "tab\tseparated\tvalues".replaceAll(/\t/, " | ")
println "  lots   of    space ".replaceAll(/\s+/, " ").trim()
println "CamelCaseIntentName".replaceAll(/([a-z])([A-Z])/, '$1_$2').toLowerCase()
println "x1y22z333".replaceFirst(/\d+/, "#")

int redactions = (masked =~ /\*{4}|XXX|\[REDACTED\]/).count
println "redactions: ${redactions}"

transientVariableService.addVariable("maskedExcerpt", masked)
customMetricService.upsertMetric("redactions", redactions.toString())
log.info("masked ${redactions} sensitive values")

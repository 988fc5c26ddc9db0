// Collect all validation problems for the address form, then fail with one message.
def form = execution.getVariable("addressForm")
def errors = []

def required = ["street", "city", "postcode", "country"]
required.each { f ->
    if (!form[f]?.toString()?.trim()) errors << "${f} is required"
}

if (form.country && !(form.country in ["GB", "IE", "FR", "DE"])) {
    errors << "country ${form.country} not supported"
}
if (form.postcode && form.country == "GB" && !(form.postcode ==~ /(?i)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/)) {
    errors << "postcode ${form.postcode} is not a UK postcode"
}
if (form.street && form.street.size() > 35) {
    errors << "street too long (${form.street.size()} > 35)"
}
if (form.houseNumber != null && !(form.houseNumber.toString().isInteger())) {
    errors << "house number must be numeric"
}

println "errors found: ${errors.size()}"
errors.eachWithIndex { e, i -> println "  ${i + 1}. ${e}" }

execution.setVariable("addressErrors", errors.collect { it.toString() })
execution.setVariable("addressValid", errors.isEmpty())
customMetricService.upsertMetric("address_errors", errors.size().toString())
transientVariableService.addVariable("lastForm", form)

if (errors) {
    log.error("address form invalid: ${errors.join('; ')}")
    throw new IllegalStateException("Address validation failed: " + errors.join("; "))
}
println "address ok"

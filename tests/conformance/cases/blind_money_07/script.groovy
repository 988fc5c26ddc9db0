// Parse amounts the user typed ("$1,234.56", "12 dollars", "€ 9,99") and compare with the bill.
def inputs = execution.getVariable("amountInputs")
BigDecimal bill = execution.getVariable("billAmount")

BigDecimal parseAmount(String raw) {
    if (raw == null) return null
    String s = raw.trim().toLowerCase()
    s = s.replaceAll(/(dollars?|usd|eur|euros?|bucks)/, "").replaceAll(/[€£\s$]/, "")
    if (s ==~ /\d{1,3}(,\d{3})+(\.\d+)?/) {
        s = s.replace(",", "")
    } else if (s ==~ /\d+,\d{1,2}/) {
        s = s.replace(",", ".")
    }
    return s.isBigDecimal() ? new BigDecimal(s) : null
}

def parsed = inputs.collect { [raw: it, value: parseAmount(it)] }
parsed.each { p ->
    String cmp
    if (p.value == null) cmp = "unparseable"
    else if (p.value == bill) cmp = "exact"
    else if (p.value > bill) cmp = "over by ${p.value - bill}"
    else cmp = "short by ${bill - p.value}"
    println "${p.raw.padRight(14)} -> ${String.valueOf(p.value).padRight(9)} ${cmp}"
}

def values = parsed*.value.findAll { it != null }
println "values: ${values}"
println "max: ${values.max()}, min: ${values.min()}, sum: ${values.sum()}"
println "sorted: ${values.sort(false)}"
println "plain strings: ${values.collect { it.toPlainString() }}"
println "scaled: ${values.collect { it.setScale(2, BigDecimal.ROUND_HALF_EVEN) }}"
println "isNumber: ${['12', '1e5', '0x1F', '.5', '5.', '-3'].collect { it.isNumber() }}"
println "toBigDecimal: ${'1e5'.toBigDecimal()} ${'-0.50'.toBigDecimal()} ${'.5'.toBigDecimal()}"

def paid = values.find { it == bill }
execution.setVariable("amountMatched", paid != null)
execution.setVariable("parsedAmounts", values)
customMetricService.upsertMetric("amount_inputs", inputs.size().toString())

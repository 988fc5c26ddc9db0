import java.text.NumberFormat

// Wallet balance check: parse amounts typed by users in different locales
def typed = execution.getVariable('typedAmounts')
def balance = new BigDecimal(transientVariableService.getVariable('balance').toString())

def parsers = [
    'en-US': NumberFormat.getNumberInstance(Locale.US),
    'de-DE': NumberFormat.getNumberInstance(Locale.GERMANY),
    'fr-FR': NumberFormat.getNumberInstance(Locale.FRANCE),
]

def results = []
typed.each { entry ->
    def nf = parsers[entry.locale]
    def cleaned = entry.text.replaceAll(/[^\d.,\s\u00a0\u202f-]/, '').trim()
    try {
        Number n = nf.parse(cleaned)
        def value = new BigDecimal(n.toString()).setScale(2, BigDecimal.ROUND_HALF_UP)
        results << [text: entry.text, value: value, ok: value <= balance]
    } catch (java.text.ParseException e) {
        results << [text: entry.text, value: null, ok: false, error: e.message]
    }
}
results.each { println it }

def approved = results.findAll { it.ok }
def totalApproved = approved.sum(BigDecimal.ZERO) { it.value }
println "approved ${approved.size()} totalling ${totalApproved}"
balance -= totalApproved
transientVariableService.addVariable('balance', balance)

def fmt = NumberFormat.getCurrencyInstance(Locale.UK)
execution.setVariable('balanceText', fmt.format(balance))
println "new balance ${fmt.format(balance)}"
def percent = NumberFormat.getPercentInstance(Locale.FRANCE)
percent.maximumFractionDigits = 1
println "used ${percent.format(totalApproved / (balance + totalApproved))}"
def integer = NumberFormat.getIntegerInstance(Locale.US)
println "integer view ${integer.format(balance)} ${integer.format(2.5)} ${integer.format(3.5)}"
customMetricService.upsertMetric('wallet_balance', balance.toPlainString())
log.info("rejected: ${results.findAll { !it.ok }*.text}")

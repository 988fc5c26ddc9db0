import java.math.RoundingMode
import java.text.NumberFormat

// Loan quote: annuity payment, schedule excerpt, localized display
def principal = execution.getVariable('principal') as BigDecimal
def annualRate = execution.getVariable('annualRatePct') as BigDecimal
int months = execution.getVariable('termMonths') as int

BigDecimal r = annualRate / 100 / 12
println "monthly rate: ${r} (scale ${r.scale()})"
def mc = new java.math.MathContext(20, RoundingMode.HALF_EVEN)
BigDecimal factor = (BigDecimal.ONE + r).pow(months, mc)
BigDecimal payment = (principal * r * factor / (factor - 1)).setScale(2, RoundingMode.HALF_UP)
println "payment: ${payment}"

BigDecimal balance = principal
BigDecimal totalInterest = 0
def rows = []
(1..months).each { int k ->
    BigDecimal interest = (balance * r).setScale(2, RoundingMode.HALF_EVEN)
    BigDecimal amort = k == months ? balance : payment - interest
    balance -= amort
    totalInterest += interest
    if (k <= 3 || k == months) rows << [k, interest, amort, balance]
}
rows.each { k, i, a, b -> println String.format('%3d interest %8s principal %9s balance %10s', k, i, a, b) }
println "total interest: ${totalInterest}"

def us = NumberFormat.getCurrencyInstance(Locale.US)
def de = NumberFormat.getCurrencyInstance(Locale.GERMANY)
def ch = NumberFormat.getCurrencyInstance(new Locale('de', 'CH'))
def jp = NumberFormat.getCurrencyInstance(Locale.JAPAN)
println "US: ${us.format(payment)} | DE: ${de.format(payment)} | CH: ${ch.format(payment)} | JP: ${jp.format(payment)}"
def pct = NumberFormat.getPercentInstance(Locale.US)
pct.minimumFractionDigits = 2
println "APR: ${pct.format(annualRate / 100)}"

execution.setVariable('monthlyPayment', payment)
execution.setVariable('totalInterest', totalInterest)
customMetricService.upsertMetric('loan_payment', payment.toPlainString())
log.info("loan quote ${principal} over ${months} months at ${annualRate}%: ${payment}")

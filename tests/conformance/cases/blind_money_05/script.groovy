import java.math.MathContext
import java.math.RoundingMode

// Loan quote for the chatbot: monthly payment and first rows of the amortisation schedule.
BigDecimal principal = execution.getVariable("principal")
BigDecimal annualRate = execution.getVariable("annualRatePct")
int months = execution.getVariable("termMonths")

MathContext mc = new MathContext(20, RoundingMode.HALF_EVEN)
BigDecimal r = annualRate.divide(1200, mc)
BigDecimal factor = (BigDecimal.ONE + r).pow(months, mc)
BigDecimal payment = (principal * r * factor).divide(factor - BigDecimal.ONE, 2, RoundingMode.HALF_UP)
println "monthly rate: ${r.round(new MathContext(6))}"
println "payment: ${payment}"

BigDecimal balance = principal
BigDecimal totalInterest = 0
def rows = []
for (int m = 1; m <= months; m++) {
    BigDecimal interest = (balance * r).setScale(2, RoundingMode.HALF_UP)
    BigDecimal toPrincipal = payment - interest
    if (m == months) {
        toPrincipal = balance
    }
    balance -= toPrincipal
    totalInterest += interest
    if (m <= 3 || m == months) {
        rows << String.format("%3d %10s %9s %10s", m, toPrincipal, interest, balance)
    }
}
rows.each { println it }
println "total interest: ${totalInterest}"
println "total paid: ${principal + totalInterest}"

double approx = principal.doubleValue() * (annualRate.doubleValue() / 1200) /
        (1 - Math.pow(1 + annualRate.doubleValue() / 1200, -months))
println "double approximation: ${approx}"
println "rounded approx: ${Math.round(approx * 100) / 100}"

execution.setVariable("monthlyPayment", payment)
execution.setVariable("totalInterest", totalInterest)
customMetricService.upsertMetric("loan_payment", payment.toString())
log.info("quoted ${payment} x ${months}")

import java.text.DecimalFormat
import java.text.DecimalFormatSymbols

// Loan quote: monthly payment, amortisation first rows, formatted for the chat bubble
def principal = execution.getVariable('amount') as BigDecimal
def annualRate = execution.getVariable('rate') as BigDecimal
int months = execution.getVariable('months') as int

def r = annualRate / 12 / 100
double rd = r.doubleValue()
double payment = principal.doubleValue() * rd / (1 - Math.pow(1 + rd, -months))
BigDecimal monthly = new BigDecimal(payment).setScale(2, BigDecimal.ROUND_HALF_UP)
println "monthly payment: $monthly"

def df = new DecimalFormat('#,##0.00')
def dfDe = new DecimalFormat('#,##0.00', DecimalFormatSymbols.getInstance(Locale.GERMANY))
def pct = new DecimalFormat('0.0#%')
println "EN ${df.format(monthly)} / DE ${dfDe.format(monthly)} / rate ${pct.format(annualRate / 100)}"

BigDecimal balance = principal
def rows = []
for (int m = 1; m <= 3; m++) {
    BigDecimal interest = (balance * annualRate / 1200).setScale(2, BigDecimal.ROUND_HALF_UP)
    BigDecimal amort = monthly - interest
    balance -= amort
    rows << [m, interest, amort, balance]
}
rows.each { println String.format('%2d | %8s | %8s | %10s', it[0], df.format(it[1]), df.format(it[2]), df.format(it[3])) }
BigDecimal totalPaid = monthly * months
BigDecimal totalInterest = totalPaid - principal
println "total interest ${df.format(totalInterest)}"

execution.setVariable('monthlyPayment', monthly)
execution.setVariable('quote', "Your monthly payment is ${dfDe.format(monthly)} €".toString())
customMetricService.upsertMetric('loan_monthly', monthly.toString())
customMetricService.upsertMetric('loan_interest', totalInterest.toString())
log.info("quote for ${principal} over ${months} months")

def sci = new DecimalFormat('0.###E0')
println "sci ${sci.format(principal)} ${sci.format(0.000123)}"
def compact = new DecimalFormat('000000')
println "ref ${compact.format(4217)}"
println String.format(Locale.GERMANY, '%,.2f', totalPaid) + ' / ' + String.format(Locale.US, '%,.2f', totalPaid)
println String.format('%.3f %e %10.1f|%-10d|%05d', Math.PI, 12345.678d, -3.14159d, 42, 7)

import java.math.RoundingMode

// Split a restaurant bill between guests with tip and tax, cent-exact
def bill = execution.getVariable('bill')
BigDecimal subtotal = bill.items.sum { it.price * it.qty }
BigDecimal tax = (subtotal * bill.taxRate).setScale(2, RoundingMode.HALF_UP)
BigDecimal tip = (subtotal * (bill.tipPct / 100)).setScale(2, RoundingMode.HALF_UP)
BigDecimal total = subtotal + tax + tip
println "subtotal=${subtotal} tax=${tax} tip=${tip} total=${total}"

int n = bill.guests.size()
BigDecimal share = total.divide(n, 2, RoundingMode.DOWN)
BigDecimal remainder = total - share * n
int extraCents = (remainder * 100).intValueExact()
def shares = bill.guests.withIndex().collectEntries { g, i -> [(g): share + (i < extraCents ? 0.01 : 0)] }
shares.each { g, s -> println "${g.padRight(6)} pays ${s}" }
assert shares.values().sum() == total
println "check: ${shares.values().sum()} == ${total}"

// show some classic numeric gotchas the team documented
println "0.1+0.2 BigDecimal: ${0.1 + 0.2} double: ${0.1d + 0.2d}"
println "1/3: ${1 / 3} | 2/3 scale: ${(2 / 3).scale()} | 10/4: ${10 / 4} | 10.intdiv(4): ${10.intdiv(4)}"
println "HALF_EVEN 2.5 -> ${2.5.setScale(0, RoundingMode.HALF_EVEN)}, 3.5 -> ${3.5.setScale(0, RoundingMode.HALF_EVEN)}"
println "HALF_UP -2.5 -> ${(-2.5).setScale(0, RoundingMode.HALF_UP)}, CEILING -2.5 -> ${(-2.5).setScale(0, RoundingMode.CEILING)}"
println "strip: ${12.500.stripTrailingZeros()} ${100.00.stripTrailingZeros()} plain ${100.00.stripTrailingZeros().toPlainString()}"
println "compare: ${2.0 == 2.00} equals: ${2.0.equals(2.00)} compareTo: ${2.0.compareTo(2.00)}"
println "pow: ${1.1 ** 2} rem: ${7.5.remainder(2)} neg: ${-7 % 3} abs: ${(-3.25).abs()}"

execution.setVariable('billShares', shares)
execution.setVariable('billTotal', total)
customMetricService.upsertMetric('bill_total', total.toString())
log.info("bill split between ${n} guests")

import java.math.RoundingMode
import java.text.NumberFormat

// Split a restaurant bill between guests, tip included, rounding to the cent with remainder fix-up
def items = execution.getVariable('items')
def guests = execution.getVariable('guests') as int
def tipPct = new BigDecimal(execution.getVariable('tipPercent').toString())

BigDecimal subtotal = items.sum { it.price * it.qty }
BigDecimal tip = (subtotal * tipPct / 100).setScale(2, RoundingMode.HALF_UP)
BigDecimal total = subtotal + tip
println "subtotal=$subtotal tip=$tip total=$total"

BigDecimal share = total.divide(new BigDecimal(guests), 2, RoundingMode.DOWN)
BigDecimal remainder = total - share * guests
int extraCents = remainder.movePointRight(2).intValueExact()
def shares = (0..<guests).collect { i -> i < extraCents ? share + 0.01 : share }
println "shares: $shares (sum ${shares.sum()})"
assert shares.sum() == total

def nf = NumberFormat.getCurrencyInstance(Locale.FRANCE)
def us = NumberFormat.getCurrencyInstance(Locale.US)
def de = NumberFormat.getCurrencyInstance(Locale.GERMANY)
println "FR: ${nf.format(total)} | US: ${us.format(total)} | DE: ${de.format(total)}"
execution.setVariable('shares', shares.collect { it.toPlainString() })
execution.setVariable('totalFormatted', nf.format(total))
customMetricService.upsertMetric('bill_total', total.toPlainString())

def byCategory = items.groupBy { it.category }.collectEntries { k, v -> [(k): v.sum { it.price * it.qty }] }
byCategory.sort { -it.value }.each { k, v ->
    def pct = (v * 100 / subtotal).setScale(1, RoundingMode.HALF_EVEN)
    println String.format('%-8s %8.2f %5s%%', k, v, pct)
}
log.info("split ${total} between ${guests}")
println "scale ${total.scale()} precision ${total.precision()} unscaled ${total.unscaledValue()}"
println "negate ${total.negate()} abs ${(-total).abs()} signum ${total.signum()}"
println "max item ${items.max { it.price }.name}, compareTo ${share.compareTo(10)}"
println 10.5G.stripTrailingZeros().toPlainString() + ' ' + 1.20G + ' ' + (1.20G == 1.2G)

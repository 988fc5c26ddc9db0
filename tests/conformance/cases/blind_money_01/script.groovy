import java.math.RoundingMode

// Invoice totals with per-line tax; compare rounding strategies for the finance team.
def lines = execution.getVariable("invoiceLines")
BigDecimal taxRate = execution.getVariable("taxRate")

BigDecimal netTotal = 0
BigDecimal taxPerLine = 0
lines.each { l ->
    BigDecimal net = l.unit * l.qty
    BigDecimal tax = (net * taxRate).setScale(2, RoundingMode.HALF_UP)
    netTotal += net
    taxPerLine += tax
    println "${l.desc.padRight(14)} ${net.toString().padLeft(8)} tax ${tax.toString().padLeft(6)}"
}

BigDecimal taxOnTotal = (netTotal * taxRate).setScale(2, RoundingMode.HALF_UP)
println "net total: ${netTotal}"
println "tax per line: ${taxPerLine}, tax on total: ${taxOnTotal}, diff: ${taxPerLine - taxOnTotal}"

def samples = [0.125, 0.135, 2.5, 3.5, -2.5, 1.005, 0.0049]
samples.each { BigDecimal v ->
    def modes = [RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
                 RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR]
    int scale = v.scale() > 1 ? 2 : 0
    println "${v}: " + modes.collect { "${it.name().toLowerCase()}=${v.setScale(scale, it)}" }.join(" ")
}

BigDecimal gross = netTotal + taxPerLine
println "gross: ${gross} scale=${gross.scale()} precision=${gross.precision()}"
println "as double: ${gross.doubleValue()}, unscaled: ${gross.unscaledValue()}"
println "stripped: ${new BigDecimal('120.500').stripTrailingZeros()} / ${new BigDecimal('100').stripTrailingZeros()} / ${new BigDecimal('100').stripTrailingZeros().toPlainString()}"

execution.setVariable("invoiceNet", netTotal)
execution.setVariable("invoiceTax", taxPerLine)
execution.setVariable("invoiceGross", gross)
customMetricService.upsertMetric("invoice_gross", gross.toPlainString())
log.info("invoice gross ${gross}")
try {
    new BigDecimal("19.999").setScale(2)
} catch (ArithmeticException e) {
    println "setScale without rounding: ${e.message}"
}

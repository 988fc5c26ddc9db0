// Currency conversion for a refund, rates from the transient store, different rounding modes
import java.math.RoundingMode

def rates = transientVariableService.getVariable('fxRates')
def amount = new BigDecimal(execution.getVariable('refundAmount'))
def from = execution.getVariable('fromCcy')
def targets = execution.getVariable('targets')

BigDecimal toEur(BigDecimal v, String ccy, Map rates) {
    ccy == 'EUR' ? v : v.divide(rates[ccy] as BigDecimal, 10, RoundingMode.HALF_EVEN)
}

def minorUnits = [JPY: 0, EUR: 2, USD: 2, GBP: 2, CHF: 2, KWD: 3]
def eur = toEur(amount, from, rates)
println "in EUR (raw): $eur"

def converted = [:]
targets.each { String ccy ->
    def raw = ccy == 'EUR' ? eur : eur * (rates[ccy] as BigDecimal)
    def digits = minorUnits.get(ccy, 2)
    converted[ccy] = [
        halfUp  : raw.setScale(digits, RoundingMode.HALF_UP),
        halfEven: raw.setScale(digits, RoundingMode.HALF_EVEN),
        down    : raw.setScale(digits, RoundingMode.DOWN),
        ceiling : raw.setScale(digits, RoundingMode.CEILING),
    ]
}
converted.each { ccy, modes ->
    def cur = Currency.getInstance(ccy)
    println "${ccy} (${cur.defaultFractionDigits} digits): ${modes.collect { k, v -> "$k=$v" }.join(' ')}"
}
execution.setVariable('refundByCcy', converted.collectEntries { k, v -> [(k): v.halfEven.toPlainString()] })

def halves = [2.5, 3.5, -2.5, 1.005, 2.675].collect { it as BigDecimal }
halves.each { v ->
    println "${v}: HALF_UP=${v.setScale(v.scale() > 1 ? 2 : 0, RoundingMode.HALF_UP)} HALF_EVEN=${v.setScale(v.scale() > 1 ? 2 : 0, RoundingMode.HALF_EVEN)} double=${Math.round(v.doubleValue() * 100) / 100}"
}
def doubleSum = 0.1d + 0.2d
def bigSum = 0.1 + 0.2
println "double: $doubleSum, BigDecimal: $bigSum, equal to 0.3: ${doubleSum == 0.3d} / ${bigSum == 0.3}"
customMetricService.upsertMetric('refund_eur', eur.setScale(2, RoundingMode.HALF_EVEN).toString())
log.info("refund converted to ${converted.keySet()}")
println 1.0G / 3
println((10 as BigDecimal).divide(3 as BigDecimal, java.math.MathContext.DECIMAL32))
println 7.intdiv(2) + ' ' + 7 / 2 + ' ' + 7 % 3 + ' ' + 2 ** 10 + ' ' + 2.5 ** 2

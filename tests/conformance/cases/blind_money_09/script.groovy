import java.math.RoundingMode

// Split a group booking bill fairly to the cent.
BigDecimal total = execution.getVariable("billTotal")
List<String> people = execution.getVariable("people")
Map weights = execution.getVariable("weights")

int n = people.size()
BigDecimal base = total.divide(new BigDecimal(n), 2, RoundingMode.DOWN)
BigDecimal remainder = total - base * n
int extraCents = remainder.movePointRight(2).intValueExact()
println "base share: ${base}, leftover: ${remainder} (${extraCents} cents)"

Map<String, BigDecimal> shares = [:]
people.eachWithIndex { String p, int i ->
    shares[p] = base + (i < extraCents ? 0.01 : 0)
}
shares.each { k, v -> println "  ${k}: ${v}" }
println "check: ${shares.values().sum()} == ${total}: ${shares.values().sum() == total}"

BigDecimal weightSum = weights.values().sum()
Map<String, BigDecimal> weighted = weights.collectEntries { k, w ->
    [(k): (total * w / weightSum).setScale(2, RoundingMode.HALF_UP)]
}
println "weighted: ${weighted}"
BigDecimal drift = total - weighted.values().sum()
println "weighted drift: ${drift}"

println "movePointLeft: ${new BigDecimal('12345').movePointLeft(2)}, negate: ${total.negate()}, signum: ${total.signum()}"
println "remainder(): ${total.remainder(7)}, divideToIntegralValue: ${total.divideToIntegralValue(7)}"
println "divideAndRemainder: ${total.divideAndRemainder(new BigDecimal(7)).toList()}"

execution.setVariable("shares", shares)
customMetricService.upsertMetric("split_ways", n.toString())

// The legacy path divides without a rounding mode
BigDecimal legacyShare = total.divide(new BigDecimal(n))
println "legacy: ${legacyShare}"

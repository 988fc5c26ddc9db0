// movePointLeft/Right never leave a negative scale; scaleByPowerOfTen may.
def show = { String label, Closure c ->
    try {
        def r = c()
        println "${label}: ${r} (scale ${r instanceof BigDecimal ? r.scale() : '-'})"
    } catch (e) {
        println "${label}: ${e.getClass().simpleName}: ${e.message}"
    }
}
show("right 3") { new BigDecimal('1.5').movePointRight(3) }
show("right -3") { new BigDecimal('1.5').movePointRight(-3) }
show("left -2") { new BigDecimal('1500').movePointLeft(-2) }
show("left 2") { new BigDecimal('12345').movePointLeft(2) }
show("left 0") { new BigDecimal('0.00').movePointLeft(0) }
show("zero right 5") { new BigDecimal('0.00').movePointRight(5) }
show("exp left") { new BigDecimal('1E+5').movePointLeft(2) }
show("exp scaleBy") { new BigDecimal('1E+5').scaleByPowerOfTen(2) }
show("scaleBy -3") { new BigDecimal('1.5').scaleByPowerOfTen(-3) }
show("negative") { new BigDecimal('-7.25').movePointLeft(1) }
show("cents") { 0.04.movePointRight(2).intValueExact() }
show("min right") { 1.0.movePointRight(Integer.MIN_VALUE) }
show("min scaleBy") { 1.0.scaleByPowerOfTen(Integer.MIN_VALUE) }
show("max left") { 1.0.movePointLeft(Integer.MAX_VALUE) }
show("int exact frac") { 1.5.intValueExact() }
show("int exact big") { 3000000000.0.intValueExact() }
show("long exact") { 3000000000.00.longValueExact() }
show("long exact big") { 1E+20.longValueExact() }
show("integral") { 100.00.divideToIntegralValue(7) }
show("integral neg") { -100.5.divideToIntegralValue(7) }
show("integral exp") { 1E+3.divideToIntegralValue(0.7) }
show("integral zero") { 1.0.divideToIntegralValue(0) }
show("integral 0/0") { 0.0.divideToIntegralValue(0) }
println "divAndRem: ${100.00.divideAndRemainder(new BigDecimal(7)).toList()}"
println "divAndRem neg: ${(-7.5).divideAndRemainder(2.0).toList()}"

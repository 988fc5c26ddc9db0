// Why the bot said your refund was 0.30000000000000004: doubles vs decimals.
def a = 0.1
def b = 0.2
println "literals: ${a + b} (${(a + b).getClass().simpleName})"
println "doubles: ${0.1d + 0.2d}"
println "floats: ${0.1f + 0.2f}"
println "mixed: ${0.1 + 0.2d} (${(0.1 + 0.2d).getClass().simpleName})"
println "equal? ${0.1 + 0.2 == 0.3}, doubles equal? ${0.1d + 0.2d == 0.3d}"

double price = execution.getVariable("price")
int qty = execution.getVariable("qty")
double total = price * qty
println "double total: ${total}"
println "formatted: ${String.format('%.2f', total)}"
BigDecimal exact = (execution.getVariable("price") as BigDecimal) * qty
println "BigDecimal total: ${exact}"

println "new BigDecimal(0.1): ${new BigDecimal(0.1)}"
println "BigDecimal.valueOf(0.1): ${BigDecimal.valueOf(0.1d)}"
println "0.1 as BigDecimal from double: ${0.1d as BigDecimal}"

println "1.0 == 1: ${1.0 == 1}, 1.0.equals(1.00): ${1.0.equals(1.00)}, compareTo: ${1.0.compareTo(1.00)}"
println "[1.0, 1.00] unique: ${[1.0, 1.00].unique()}"
println "Double.toString: ${1e7d} ${1e-4d} ${123456789.0d} ${100.0d} ${1.0e-3d}"
println "BigDecimal.toString: ${1e7} ${1e-4} ${123456789.0} ${100.00} ${0.000001}"
println "float: ${1.1f} ${1.1f * 3} ${(double) 1.1f}"
println "NaN: ${0.0d / 0.0d}, inf: ${1.0d / 0}, isNaN: ${Double.isNaN(Math.sqrt(-1))}"
println "sum of tenths (double): ${(1..10).sum { 0.1d }}"
println "sum of tenths (decimal): ${(1..10).sum { 0.1 }}"

execution.setVariable("totalDouble", total)
execution.setVariable("totalExact", exact)
execution.setVariable("sqrtTwo", Math.sqrt(2))
execution.setVariable("notANumber", 0.0d / 0.0d)
customMetricService.upsertMetric("refund_total", exact.toString())
log.info("refund ${exact} (double ${total})")

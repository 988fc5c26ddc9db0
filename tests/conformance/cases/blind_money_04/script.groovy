// Counters and IDs: where int overflows and long/BigInteger save the day.
int maxInt = Integer.MAX_VALUE
println "max int: ${maxInt}"
println "max + 1 (int): ${maxInt + 1}"
println "max + 1L: ${maxInt + 1L}"
println "max * 2: ${maxInt * 2}"
println "(long) max * 2: ${(long) maxInt * 2}"

int counter = execution.getVariable("counter")
counter += 1000
println "counter: ${counter}"

long millisPerYear = 365 * 24 * 60 * 60 * 1000
long millisPerYearOk = 365L * 24 * 60 * 60 * 1000
println "millis/year int math: ${millisPerYear}, long math: ${millisPerYearOk}"

def big = 2G ** 100
println "2^100 = ${big} (${big.getClass().simpleName})"
def fact = (1..25).inject(1G) { acc, n -> acc * n }
println "25! = ${fact}"
def factInt = (1..25).inject(1) { acc, n -> acc * n }
println "25! as int math = ${factInt} (${factInt.getClass().simpleName})"
def factLong = (1..25).inject(1L) { acc, n -> acc * n }
println "25! as long math = ${factLong}"

println "Long.MAX + 1: ${Long.MAX_VALUE + 1}"
println "abs(MIN_VALUE): ${Math.abs(Integer.MIN_VALUE)}"
println "negate via -: ${-Integer.MIN_VALUE}"
println "hex: ${Integer.toHexString(-1)}, ${Long.toBinaryString(10L)}, ${Integer.parseInt('ff', 16)}"
println "shift: ${1 << 33}, ${1L << 33}, ${-16 >> 2}, ${-16 >>> 28}"

short sh = 30000
sh += 30000
println "short overflow: ${sh}"

execution.setVariable("counter", counter)
execution.setVariable("twoPow100", big.toString())
customMetricService.upsertMetric("counter", String.valueOf(counter))

int safe = Math.addExact(counter, execution.getVariable("increment") as int)
println "safe add: ${safe}"

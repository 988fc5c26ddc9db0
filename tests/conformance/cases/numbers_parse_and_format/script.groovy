def raw = ["12", "7", "30"]
def total = 0
raw.each { total += Integer.parseInt(it) }
println total
println total.class.simpleName
println Integer.valueOf("15") + 1
println Long.parseLong("9000000000") + 1
println Double.parseDouble("2.5") * 2
println new BigDecimal("19.990") + 0.01
println Integer.toString(255, 16)
println Integer.MAX_VALUE
println Integer.MIN_VALUE
println Long.MAX_VALUE
println String.format("%.2f", 3.14159)
println String.format("%05d|%-4s|%s", 42, "ab", true)
println 3.14159.toString()
println 42.toString().padLeft(5, "0")

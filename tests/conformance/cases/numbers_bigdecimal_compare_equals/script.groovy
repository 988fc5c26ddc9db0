def a = 2.0
def b = 2.00
println a == b
println a.equals(b)
println a.compareTo(b)
println a.hashCode() == b.hashCode()
println([a, b].unique().size())
println([a, b].toSet().size())
def m = [:]
m[a] = "first"
m[b] = "second"
println m.size()
println a.max(b)
println a.stripTrailingZeros() == b.stripTrailingZeros()
println(new BigDecimal("2.0").equals(new BigDecimal("2.0")))

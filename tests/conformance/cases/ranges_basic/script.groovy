def r = 1..5
println r
println r.size()
println r.contains(3)
println r.contains(6)
println 5 in r
def half = 1..<5
println half
println half.size()
println r.collect { it * it }
println r.toList()
println r.sum()
println r.from + " " + r.to
def down = 5..1
println down
println down.toList()
println down.size()
r.each { print it }
println()
println(('a'..'e').join(""))
println((0..10).step(3))
println r.findAll { it % 2 == 1 }
def n = 3
println((1..n).collect { "step${it}" })
println((n..<n).size())
println r.reverse()

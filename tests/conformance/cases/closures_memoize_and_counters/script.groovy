def calls = 0
def slowSquare = { int n -> calls++; n * n }
def fast = slowSquare.memoize()
println fast(4)
println fast(4)
println fast(5)
println "calls=${calls}"
def tally = [:].withDefault { 0 }
["a", "b", "a", "c", "a"].each { tally[it]++ }
println tally
def times = []
3.times { i -> times << "t${i}" }
println times
1.upto(3) { print it }
println()
3.downto(1) { print it }
println()

def xs = ["a", "b", "c", "d", "e"]
println xs[1..3]
println xs[1..<3]
println xs[-2..-1]
println xs[2..0]
def s = "abcdefgh"
println s[2..4]
println s[-3..-1]
def r = 0..<xs.size()
println r.collect { xs[it] + it }
println((1..3) + (7..8))
println((1..3) == [1, 2, 3])
println([1, 2, 3] == (1..3))

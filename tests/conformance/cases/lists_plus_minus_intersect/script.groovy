def a = [1, 2, 3, 2]
def b = [2, 4]
println a + b
println a - b
println a - 2
println a + 9
println a.plus(0, [7, 8])
println a.intersect(b)
println a.intersect([3, 2, 1])
println([1, 2].disjoint([3, 4]))
println([1, 2].disjoint([2, 3]))
println(["x", "y"] + "z")
println(["a", "b", "a"] - ["a"])
println a

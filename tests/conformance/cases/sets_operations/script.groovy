def a = [1, 2, 3, 4] as Set
def b = [3, 4, 5] as Set
println a + b
println a - b
println a.intersect(b)
println a.containsAll([1, 2])
println a.disjoint([9])
println((a + b).size())
println a == [4, 3, 2, 1] as Set
println(a == ([4, 3, 2, 1] as Set))
println a.sort()
println a.collect { it * 2 }
println a.findAll { it > 2 }
println a.findAll { it > 2 }.getClass().simpleName

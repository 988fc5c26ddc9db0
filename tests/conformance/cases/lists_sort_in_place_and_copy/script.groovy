def a = [3, 1, 2]
def b = a.sort()
println a
println b.is(a)
def c = [3, 1, 2]
def d = c.sort(false)
println c
println d
def e = [3, 1, 2]
def f = e.toSorted()
println e
println f
def words = ["pear", "Fig", "apple"]
println words.sort()
println words.sort { it.toLowerCase() }
println words.sort { a1, b1 -> b1.size() <=> a1.size() }
println([2, null, 1].sort())
println(["b", 2, "a", 1].sort { it.toString() })

def a = [1, 2]
def b = [1, 2]
println a == b
println a.is(b)
println a.is(a)
def s1 = "hi"
def s2 = "h" + "i"
println s1 == s2
def g = "${s1}"
println g == s1
println s1 == g
println g.equals(s1)
println s1.equals(g)
println s1.equals(g.toString())
println null == null
println null == 0
println([] == null)
println(([] as Set) == ([] as Set))

def a = [x: 1, y: 2]
def b = [y: 2, x: 1]
println a == b
println a.toString() == b.toString()
println a
println b
println a.equals(b)
println([x: 1] == [x: 1.0])
println([:] == [:])
println a.getClass().simpleName
def tree = new TreeMap([c: 3, a: 1, b: 2])
println tree
println tree.firstKey()
println tree == [a: 1, b: 2, c: 3]

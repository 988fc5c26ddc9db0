def s = [1, 2, 3] as Set
println s.contains(1)
println s.contains(1L)
println s.contains(1.0)
println 1L in s
def t = new HashSet([1L, 2L])
println t.contains(1)
println t.contains(1L)
def m = [1: "a"]
println m[1L]
println m.get(1L)
println m.containsKey(1L)

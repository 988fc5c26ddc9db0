// A class's own equals()/hashCode() decide map keys, groupBy, unique and sets.
class K { String a; boolean equals(Object o) { o instanceof K && o.a == a }; int hashCode() { a.hashCode() } }
def m = [:]
m[new K(a: "x")] = 1
m[new K(a: "x")] = 2
println m.size()
println([new K(a: "x"), new K(a: "x")].groupBy { it }.size())
println([new K(a: "x"), new K(a: "x")].unique().size())
println(([new K(a: "x")] as Set).contains(new K(a: "x")))
println new HashSet([new K(a: "y"), new K(a: "y")]).size()
class NoHash { String a; boolean equals(Object o) { o instanceof NoHash && o.a == a } }
println([new NoHash(a: "x"), new NoHash(a: "x")].unique().size())
println([new NoHash(a: "x")].contains(new NoHash(a: "x")))
def counts = [:]
["x", "y", "x"].each { counts[new K(a: it)] = (counts[new K(a: it)] ?: 0) + 1 }
println counts.collect { k, v -> "${k.a}:${v}" }
println counts.containsKey(new K(a: "y"))

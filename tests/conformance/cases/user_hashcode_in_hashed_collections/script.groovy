class Key {
    String name
    int hashCode() { name.toLowerCase().hashCode() }
    boolean equals(Object o) { o instanceof Key && o.name.equalsIgnoreCase(name) }
    String toString() { "Key($name)" }
}
def hs = new HashSet()
('a'..'p').each { hs << new Key(name: it) }
println hs
println([new Key(name: 'a'), new Key(name: 'b')].hashCode())
println([k: new Key(name: 'a')].hashCode())
println(new Key(name: 'a').hashCode())
def hm = new HashMap()
('h'..'a').each { hm[new Key(name: it)] = it }
println hm
println(['x', new Key(name: 'z')].toSet())
println(([new Key(name: 'q')] as Set).hashCode())
println(new Key(name: 'a').equals(new Key(name: 'A')))
println(new Key(name: 'a') == new Key(name: 'A'))
println([new Key(name: 'b'), new Key(name: 'B'), new Key(name: 'c')].unique())
println([new Key(name: 'x'), new Key(name: 'X')].groupBy { it }.size())
println([new Key(name: 'x'), new Key(name: 'X'), new Key(name: 'y')].countBy { it })

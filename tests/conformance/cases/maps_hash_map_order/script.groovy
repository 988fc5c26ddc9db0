// java.util.HashMap and HashSet iterate in Java's bucket order (hash, table size, insertion within a bucket)
println(['banana', 'apple', 'cherry', 'kiwi'].toSet())
println([30, 1, 17, 2].toSet())
println(new HashSet(['banana', 'apple', 'cherry']))
println(['banana', 'apple'] as Set)
println(['banana', 'apple'] as HashSet)
def h = new HashMap([zeta: 1, alpha: 2, mid: 3]); println h
def h2 = [:] as HashMap; h2.zeta = 1; h2.alpha = 2; println h2
println(['b', 'a'].toSet().getClass().simpleName)
println("hello".toSet())
println([3, 1, 2].toSet().toList())
def s = new HashSet(); (1..20).each { s << "k$it".toString() }; println s
def h3 = new HashMap(); h3.put("zeta", 1); h3.put("alpha", 2); h3.put("mid", 3); println h3
def h4 = new HashMap(); (1..13).each { h4["key$it"] = it }; println h4
def h5 = new HashMap(); (1..13).each { h5.put("key$it".toString(), it) }; println h5.keySet()
println h5.getClass().name + ' ' + (h5 instanceof Map) + ' ' + (h5 instanceof HashMap)
h5.remove('key3'); h5.putAll([a: 1, b: 2]); println h5
println groovy.json.JsonOutput.toJson(new HashMap([b: 1, a: 2, c: 3]))
println new HashMap([b: 1, a: 2, c: 3]).collect { k, v -> k }
def h6 = new HashMap(); h6.b = 1; h6.a = 2; println h6
def a = [b: 1, a: 2] as HashMap
println a.getClass().simpleName + ' ' + a
HashMap t = [z: 1, y: 2]
println t.getClass().simpleName
Map m = new HashMap(); m.x = 1
println m.getClass().simpleName
def tm = new TreeMap([b: 1])
println ((tm as Map).getClass().simpleName)
println (new HashMap() instanceof Map)
println (new HashMap() instanceof LinkedHashMap)
println ([:] instanceof HashMap)

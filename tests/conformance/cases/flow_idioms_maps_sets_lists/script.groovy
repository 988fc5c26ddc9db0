def m = [b: 2, a: 1, c: 3]
println m.keySet().toList() + ' ' + m.values().sum()
println m.findResult { k, v -> v > 1 ? k : null }
println m.inject(0) { acc, k, v -> acc + v }
println m.collectEntries { k, v -> [(k.toUpperCase()): v * 10] }
println m.groupBy { it.value % 2 == 0 ? 'even' : 'odd' }
println m.sort { a, b -> b.value <=> a.value }
println m.min { it.value }.key + m.max { it.value }.key
println m.subMap(['a', 'c'])
println m.findAll { k, v -> k != 'b' }.keySet()
println m.count { it.value > 1 }
println "${m.any { k, v -> v > 2 }} ${m.every { it.value > 0 }}"
println m.containsKey('a') && m.containsValue(3)
println m.getOrDefault('z', 0) + (m.z ?: 5)
m.put('d', 4); m << [e: 5]; m += [f: 6]
println m.size() + ' ' + m
m.remove('a'); m -= [b: 2]
println m
println m.entrySet().first().getClass().simpleName
println m.each { }.getClass().simpleName
def nested = [:].withDefault { [] }
nested.x << 1; nested.y << 2; nested.x << 3
println nested
def counts = [:].withDefault { 0 }
'hello world'.each { counts[it]++ }
println counts.sort { -it.value }.take(3)
println m.collect().getClass().simpleName
println m.keySet().getClass().simpleName
println m.toString() + m.inspect()
def tm = new TreeMap([z: 1, a: 2])
println tm.firstKey() + tm.lastEntry().value
println ([a: 1] == [a: 1L]) 
println ([a: [1, 2]].equals([a: [1, 2]]))
println ([x: null].x == null && [x: null].containsKey('x'))
println ([:] ?: 'empty')
def lm = new LinkedHashMap(); lm.z = 1; lm.a = 2
println lm.keySet()
def hm = new HashMap(); hm['k2'] = 1; hm['k1'] = 2
println hm
println hm.getClass().simpleName
def ms = [a: 1].asImmutable()
try { ms.b = 2 } catch (UnsupportedOperationException e) { println 'immutable' }
println ([1, 2, 3].toSet().intersect([2, 3, 4] as Set))
println(([1, 2, 2, 3] as Set).size())
println(([3, 1, 2] as SortedSet).first())
def q = [1, 2, 3]
println q.pop() + ' ' + q + ' ' + q.push(9) + ' ' + q
println q.removeAt(0) + ' ' + q
println q.indexOf(9) + ' ' + q.lastIndexOf(2) + ' ' + q.contains(9)
println ([1, 2, 3, 4, 5][1..-2]) + ' ' + [1, 2, 3][-1] + ' ' + [1, 2, 3].getAt([0, 2])
println ([1, 2] * 2) + ' ' + ([1, 2, 3] - 2) + ' ' + ([1, [2]] + [[3]])
println ([[1, 2], [3, 4]].collect { a, b -> a + b })
println([1, 2, 3].reverse().join('-'))

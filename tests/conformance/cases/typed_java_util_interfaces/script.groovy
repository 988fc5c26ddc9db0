def tm = new TreeMap([b: 2, a: 1])
NavigableMap<String, Integer> nav = (NavigableMap<String, Integer>) tm
println(nav.firstKey())
SortedMap<String, Integer> sm = tm
println(sm.lastKey())
Iterator<Map.Entry<String, Integer>> it = tm.entrySet().iterator()
while (it.hasNext()) { def e = it.next(); println(e.key + "=" + e.value) }
Deque<Integer> dq = new ArrayDeque<>()
dq.push(1); dq.push(2); println(dq)
Queue<String> q = new LinkedList<>()
q.offer("a"); println(q.poll())
NavigableSet<Integer> ns = new TreeSet([3, 1, 2])
println(ns.first())
SortedSet<Integer> ss = ns
println(ss.last())
Collection<Integer> c = [1, 2]
Iterable<Integer> itb = c
println(itb.collect { it * 2 })
println(tm instanceof NavigableMap)
println(ns instanceof SortedSet)
println(dq instanceof Queue)

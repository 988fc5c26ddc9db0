// TreeSet's NavigableSet methods: null for no such element, Java's exceptions otherwise.
def tryIt = { String label, Closure c ->
    try {
        println "${label}: ${c()}"
    } catch (e) {
        println "${label}: ${e.getClass().simpleName}"
    }
}
def ts = new TreeSet([30, 10, 20])
println "floor: ${[ts.floor(5), ts.floor(20), ts.floor(25), ts.floor(99)]}"
println "ceiling: ${[ts.ceiling(5), ts.ceiling(20), ts.ceiling(25), ts.ceiling(31)]}"
println "higher: ${[ts.higher(-1), ts.higher(20), ts.higher(30)]}"
println "lower: ${[ts.lower(10), ts.lower(20), ts.lower(1000)]}"
println "first/last: ${ts.first()} ${ts.last()}"
println "heads: ${ts.headSet(20)} ${ts.headSet(20, true)} tails: ${ts.tailSet(20)} ${ts.tailSet(20, false)}"
println "sub: ${ts.subSet(10, 30)} ${ts.subSet(10, false, 30, true)}"
println "desc: ${ts.descendingSet()} ${ts.descendingSet().getClass().name} ${ts.descendingSet().first()}"
tryIt("floor null") { ts.floor(null) }
tryIt("floor null on empty") { new TreeSet().floor(null) }
tryIt("floor on empty") { new TreeSet().ceiling(1) }
tryIt("floor string") { ts.floor("x") }
tryIt("first empty") { new TreeSet().first() }
tryIt("last empty") { new TreeSet().last() }
tryIt("poll empty") { [new TreeSet().pollFirst(), new TreeSet().pollLast()] }
def t = new TreeSet(["b", "c", "a", "d"])
println "poll: ${t.pollFirst()} ${t.pollLast()} left ${t}"
def rev = new TreeSet({ a, b -> b <=> a } as Comparator)
rev.addAll([3, 1, 2, 3])
println "comparator: ${rev} first ${rev.first()} floor(2.5)=${rev.floor(2.5)} ceiling(2.5)=${rev.ceiling(2.5)} size ${rev.size()}"
def byLen = new TreeSet({ a, b -> a.size() <=> b.size() } as Comparator)
println "by length adds: ${byLen.add('pear')} ${byLen.add('fig')} ${byLen.add('plum')} -> ${byLen}"
def copy = new TreeSet(rev)
copy << 0
println "copy keeps order: ${copy}"
execution.setVariable("floors", [ts.floor(15), ts.higher(30)])

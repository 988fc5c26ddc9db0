// Explicit iterators over lists, sets and map views.
def tryIt = { String label, Closure c ->
    try {
        println "${label}: ${c()}"
    } catch (e) {
        println "${label}: ${e.getClass().simpleName}"
    }
}
def i = [1, 2].iterator()
println "walk: ${[i.hasNext(), i.next(), i.next(), i.hasNext()]}"
tryIt("exhausted") { i.next() }
tryIt("empty") { [].iterator().next() }
tryIt("empty hasNext") { [].iterator().hasNext() }
tryIt("remove first") { def l = [1, 2, 3]; def it2 = l.iterator(); it2.next(); it2.remove(); l }
tryIt("remove before next") { [1, 2, 3].iterator().remove() }
tryIt("remove twice") { def it2 = [1, 2, 3].iterator(); it2.next(); it2.remove(); it2.remove() }
tryIt("modified") { def l = [1, 2, 3]; def it2 = l.iterator(); it2.next(); l.add(4); it2.next() }
tryIt("modified hasNext") { def l = [1, 2, 3]; def it2 = l.iterator(); it2.next(); l.add(4); it2.hasNext() }
tryIt("filter") {
    def l = [1, 2, 3, 4, 5, 6]
    def it2 = l.iterator()
    while (it2.hasNext()) { if (it2.next() % 2 == 0) it2.remove() }
    l
}
tryIt("nulls") { def it2 = [null, null].iterator(); [it2.next(), it2.hasNext(), it2.next(), it2.hasNext()] }
tryIt("set remove") { def s = [3, 1, 2] as Set; def it2 = s.iterator(); it2.next(); it2.remove(); s }
tryIt("tree set") { def s = new TreeSet([3, 1, 2]); def it2 = s.iterator(); [it2.next(), it2.next()] }
tryIt("hash set") { def s = new HashSet(["b", "a"]); def it2 = s.iterator(); it2.next(); it2.remove(); s.size() }
tryIt("entry remove") { def m = [a: 1, b: 2]; def it2 = m.entrySet().iterator(); def e = it2.next(); it2.remove(); [e.key, m] }
tryIt("key remove") { def m = [a: 1, b: 2]; def it2 = m.keySet().iterator(); it2.next(); it2.remove(); m }
tryIt("class") { [1].iterator().getClass().name }
tryIt("rest") { def it2 = [1, 2, 3].iterator(); it2.next(); it2.toList() }
tryIt("with") { [1, 2].iterator().with { it.next(); it.next(); it.next() } }
def seen = []
def it3 = execution.getVariable("items").iterator()
while (it3.hasNext()) { seen << it3.next().toUpperCase() }
execution.setVariable("seen", seen)

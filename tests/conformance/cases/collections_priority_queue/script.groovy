// java.util.PriorityQueue: Java's heap order shows when it is printed or iterated; poll takes
// the least; a Comparator (a closure `as Comparator`, or a bare closure) orders it.
def t(String id, Closure c) {
    try { println "$id: ${c()}" } catch (e) { println "$id: ${e.class.simpleName}: ${e.message}" }
}
def pq = new PriorityQueue([5, 3, 8, 1, 9, 2])
println pq
println pq.peek()
println pq.size()
def drained = []
while (pq) drained << pq.poll()
println drained
println pq.poll()
t("element empty") { pq.element() }
t("remove empty") { pq.remove() }

def tasks = new PriorityQueue<List>(5, { a, b -> a[0] <=> b[0] } as Comparator)
[[3, 'c'], [1, 'a'], [2, 'b'], [1, 'z']].each { tasks.add(it) }
println tasks
println tasks.remove([2, 'b'])
println tasks
println tasks.contains([1, 'z'])
println tasks.collect { it[1] }
println tasks.findAll { it[0] == 1 }.getClass().simpleName
def byLength = new PriorityQueue({ a, b -> b.size() <=> a.size() })
byLength.addAll(['kiwi', 'fig', 'banana'])
byLength << 'apple'
println byLength
println byLength.iterator().next()
println byLength.comparator() != null
t("null") { new PriorityQueue().add(null) }
t("capacity") { new PriorityQueue(0) }
t("not comparable") { new PriorityQueue().add([a: 1]) }
t("mixed") { new PriorityQueue([1, 'a']) }
println new PriorityQueue(new TreeSet([3, 1, 2]))
println pq == new PriorityQueue()
def q = new PriorityQueue([4, 1, 3, 2])
q.remove(1)
println q
println q as List
println q.sort()
println q.toList().getClass().simpleName
println(new ArrayDeque() ? 'deque full' : 'deque empty')

def d = new ArrayDeque()
d.push(1); d.push(2); d.offer(3); d.addFirst(0); d.addLast(9)
println d
println d.getClass().name
println d.peek()
println d.pop()
println d.poll()
println d.pollLast()
println d.peekFirst() + " " + d.peekLast()
println d.size() + " " + d.isEmpty()
println d
def it = d.iterator(); while (it.hasNext()) print it.next(); println()
println d.collect { it * 2 }
println d.findAll { it > 1 }.getClass().name
println d.toList()
println d as List
println((d as List).getClass().name)
def e = new ArrayDeque([5,6,7])
println e
println e.pollFirst() + " " + e.peekLast()
println new ArrayDeque().poll()
println new ArrayDeque().peek()
try { new ArrayDeque().pop() } catch (e2) { println e2.getClass().name + " " + e2.message }
try { new ArrayDeque().addFirst(null) } catch (e2) { println e2.getClass().name + " " + e2.message }
try { new ArrayDeque().element() } catch (e2) { println e2.getClass().name + " " + e2.message }
try { new ArrayDeque() << null } catch (e2) { println e2.getClass().name + " " + e2.message }
println e == new ArrayDeque([6,7])
println e == e
println e.equals([6, 7])
println e.contains(7)
def q = new ArrayDeque(10)
q << 4
q << 5
println q
println q.first() + " " + q.last()
println "$q"
println q.sum()
println q.join(",")
println q.sort()
println q.size()
println q.remove()
println q.offerFirst(1)
println q.descendingIterator().toList()
println q.removeLast()
println q.getFirst()
println q
println new ArrayDeque([1,2]) + [3]
println((new ArrayDeque([1,2]) + [3]).getClass().name)
println q.each { print it }
q.clear(); println q
def z = new ArrayDeque([3,1,2])
println z[0]
println z.max()
println z.unique()
println z.getClass().name
println z.toSorted()
println z.collect{it}.getClass().name
println z.take(2)
println z.take(2).getClass().name
println z.grep { it > 1 }.getClass().name
println z.inject(0) { a, b -> a + b }
println z.toSet()
println z instanceof Collection
println z instanceof List
println z instanceof Queue
println z instanceof Deque
for (x in z) print x; println()
println z.any { it > 2 }
println z.count(1)
println z.sort { -it }
println z
println z.addAll([8, 9])
println z.removeFirstOccurrence(8)
println z.remove(9)
println z
println z.clone()
println z.clone().getClass().name
println new ArrayDeque(new LinkedHashSet([4, 4, 5]))
Deque<String> stack = new ArrayDeque<>()
stack.push("a"); stack.push("b")
println stack.pop() + stack.pop()
println stack.isEmpty()
println z.hashCode() == z.hashCode()
println z.drop(1).getClass().name
println((z - [1]).getClass().name)
println z.findIndexOf { it == 1 }
println z.first()
println z.last()
println z.size()
println z.getClass().superclass.name
def work = new ArrayDeque(["a", "b"])
work.offer("c")
execution.setVariable("queue", work)
execution.setVariable("head", work.poll())
new ArrayDeque().pop()

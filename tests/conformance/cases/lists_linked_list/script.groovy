// java.util.LinkedList: Deque methods, Groovy's push/pop, and which GDK results stay LinkedLists
def q = [1, 2] as LinkedList
q.addFirst(0); q.addLast(3)
println q
println q.getClass().name
println "${q.getFirst()} ${q.getLast()} ${q.peek()} ${q.peekFirst()} ${q.peekLast()} ${q.element()}"
println q.poll(); println q.pollLast(); println q
q.push(9); println q
println q.pop(); println q
q.offer(5); q.offerFirst(4); q.offerLast(6); println q
println q.removeFirst(); println q.removeLast(); println q
println q.remove(); println q
def e = new LinkedList()
println e.poll(); println e.peek(); println e.pollFirst()
try { e.removeFirst() } catch (NoSuchElementException ex) { println "NSE ${ex.message}" }
try { e.getFirst() } catch (NoSuchElementException ex) { println "NSE2 ${ex.message}" }
try { e.pop() } catch (NoSuchElementException ex) { println "NSE3 ${ex.message}" }
def l2 = new LinkedList([3, 1, 2])
println l2.sort(); println l2.getClass().simpleName
println((l2 + [7]).getClass().simpleName)
println l2.collect { it * 2 }.getClass().simpleName
println l2 instanceof List
println l2 instanceof LinkedList
println(([1] as LinkedList) == [1])
l2 << 8; println l2
println l2.size()
LinkedList typed = [5, 6]
println typed.getClass().simpleName
println l2.descendingIterator().toList()
println l2.removeFirstOccurrence(8); println l2
println l2.findAll { it > 1 }.getClass().simpleName
println q.indexOf(5)
def l3 = new LinkedList([3, 1, 2, 2])
for (name in ['plus', 'minus', 'findAll', 'grep', 'toList', 'reverse', 'tail', 'take', 'drop', 'intersect', 'unique', 'toUnique', 'flatten', 'multiply', 'sort', 'toSorted', 'clone', 'collect', 'getAt', 'init', 'dropWhile', 'takeWhile', 'split', 'leftShift']) {
    def r
    switch (name) {
        case 'plus': r = l3 + [7]; break
        case 'minus': r = l3 - [7]; break
        case 'findAll': r = l3.findAll { it }; break
        case 'grep': r = l3.grep(Integer); break
        case 'toList': r = l3.toList(); break
        case 'reverse': r = l3.reverse(); break
        case 'tail': r = l3.tail(); break
        case 'take': r = l3.take(2); break
        case 'drop': r = l3.drop(1); break
        case 'intersect': r = l3.intersect([1]); break
        case 'unique': r = l3.clone().unique(); break
        case 'toUnique': r = l3.toUnique(); break
        case 'flatten': r = l3.flatten(); break
        case 'multiply': r = l3 * 2; break
        case 'sort': r = l3.clone().sort(); break
        case 'toSorted': r = l3.toSorted(); break
        case 'clone': r = l3.clone(); break
        case 'collect': r = l3.collect { it }; break
        case 'getAt': r = l3[0..1]; break
        case 'init': r = l3.init(); break
        case 'dropWhile': r = l3.dropWhile { it > 2 }; break
        case 'takeWhile': r = l3.takeWhile { it > 2 }; break
        case 'split': r = l3.split { it > 1 }[0]; break
        case 'leftShift': r = l3.clone() << 1; break
    }
    println "$name $r ${r.getClass().simpleName}"
}
try { new LinkedList(5) } catch (ex) { println ex.getClass().simpleName }

// LinkedList.descendingIterator(): an Iterator from the last element whose remove() reaches the list.
def l = new LinkedList([1,2,3])
def it = l.descendingIterator()
def out = []
while (it.hasNext()) out << it.next()
println out
println it.getClass().name
l = new LinkedList([1,2,3,4])
it = l.descendingIterator()
it.next(); it.next(); it.remove(); println l
println it.next()
try { it.remove(); it.remove() } catch (e) { println e.class.simpleName }
println l

// Map's Java 8 methods on a map.withDefault{} read the key with get() first, which stores the
// default; ranges answer iterator(), getFrom(), getTo() and isReverse() as Groovy's do.
def counts = [a: 1].withDefault { 0 }
println counts.getOrDefault('b', 99)
println counts.computeIfAbsent('c', { 5 })
println counts.computeIfPresent('d', { k, v -> v + 10 })
println counts.merge('e', 1, { x, y -> x + y })
println counts.putIfAbsent('f', 7)
println counts
def it = (1..3).iterator()
def seen = []
while (it.hasNext()) seen << it.next()
println seen
println it.getClass().name
println((3..1).iterator().toList())
println((5..<5).iterator().hasNext())
def letters = 'a'..'e'
println letters.getFrom() + letters.getTo() + letters.isReverse()
println(('e'..'a').from + ('e'..'a').to + ('e'..'a').reverse)
println letters.iterator().next()

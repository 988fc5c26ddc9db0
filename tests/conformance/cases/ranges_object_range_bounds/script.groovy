// Ranges of non-Integer values (ObjectRange): an exclusive end moves one step towards the
// start, a descending range steps down from its upper bound, from/to are the bounds
def show(r) { println "${r.toString()} ${r.toList()} ${r.size()} ${r.from} ${r.to} ${r.reverse}" }
show(1.5..<3.2)
show(3.2..<1.5)
show(3.2..1.5)
show(1.5..3.2)
show(1.5..<1.5)
show(3.5..<1.5)
show(1L..<3L)
show(3L..<1L)
show('c'..<'a')
show('a'..<'a')
show('a'..'c')
show(1G..<4G)
show(1..<3)
show(3..<1)
show(5..<5)
println((1..<3).inspect())
println([1..<3, 5..<5, 2..4].toString())
println "${1..<3}"
println 2.7 in (1.5..3.2)
println 2.5 in (1.5..3.2)
println(('a'..'c') instanceof Range)
Range r = 1L..3L
println r.getClass().name
println((1..2) instanceof Range)
def cr = 'a'..'c'
println "${cr instanceof List} ${cr instanceof Collection} ${cr instanceof Iterable} ${cr instanceof ObjectRange}"

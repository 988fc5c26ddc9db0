def e = 5..<5
println e.isEmpty()
println e.size()
println e.toList()
def rev = 5..1
println rev.isReverse()
println rev.from
println rev.to
println rev.first()
println rev.last()
println rev.toList()
println((1..5).isReverse())
println((-2..2).toList())
println((1L..3L).toList())
println((1L..3L).class.simpleName)

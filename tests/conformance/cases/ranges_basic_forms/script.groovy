def r = 1..5
println r
println r.toString()
println r.size()
println r.from
println r.to
println r.contains(3)
println r.contains(6)
println((1..<5).size())
println((1..<5).toList())
println((5..1).toList())
println(('a'..'e').toList())
println((1..1).toList())
println((1..<1).toList())
println r.class.simpleName
println r.reverse()

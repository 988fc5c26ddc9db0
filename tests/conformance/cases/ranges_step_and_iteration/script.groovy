println((0..10).step(3))
println((10..0).step(4))
(1..10).step(4) { print "${it} " }
println()
println((1..3).collect { it * it })
println((1..4).sum())
println((1..4).inject(1) { a, b -> a * b })
def total = 0
for (i in 1..<4) total += i
println total
println((1..6).findAll { it % 2 })
println((1..3).reverse().toList())
1.step(10, 3) { print it + " " }
println()

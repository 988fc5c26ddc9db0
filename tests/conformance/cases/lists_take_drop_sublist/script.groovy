def xs = [10, 20, 30, 40, 50]
println xs.take(2)
println xs.take(10)
println xs.take(0)
println xs.drop(3)
println xs.drop(9)
println xs.takeRight(2)
println xs.dropRight(2)
println xs.subList(1, 3)
println xs[1..3]
println xs[-2..-1]
println xs[3..1]
println xs[0, 2, 4]
println xs.take(-1)

def nums = [4, 8, 15, 16, 23, 42]
nums.each { print "${it} " }
println()
nums.eachWithIndex { n, i -> if (i < 2) println "${i}: ${n}" }
println nums.collect { it * 2 }
println nums.findAll { it % 2 == 0 }
println nums.find { it > 10 }
println nums.find { it > 100 }
println nums.any { it > 40 }
println nums.every { it > 0 }
println nums.inject(0) { acc, n -> acc + n }
println nums.sum()
println nums.max()
println nums.min()
println nums.count { it > 10 }
println nums.collect { it > 15 ? "big" : "small" }.unique()
println nums.findIndexOf { it == 15 }
println nums.join(", ")
println nums.join("")
println([].sum())
println(["a", "b"].sum())
println([1.5, 2.25].sum())
println nums.take(2)
println nums.drop(4)
println nums.groupBy { it % 2 == 0 ? "even" : "odd" }

def scores = [7, 9, 3, 10, 6]
println scores.any { it > 9 }
println scores.every { it > 2 }
println scores.every { it > 3 }
println scores.count { it >= 7 }
println scores.count(9)
println([].any { true })
println([].every { false })
println([0, null, ""].any())
println([1, "a"].every())
println(["a", "b", "a"].count("a"))

def prices = [2.50, 10, 3.75]
println prices.sum()
println prices.sum().class.simpleName
println prices.sum(100)
println prices.inject(0) { acc, p -> acc + p }
println prices.inject { a, b -> a > b ? a : b }
println prices.max()
println prices.min()
println([].sum())
println([].max())
println(["b", "a", "c"].sum())
println([[1], [2, 3]].sum())
println(["bb", "a", "ccc"].max { it.size() })
println(["bb", "a", "ccc"].min { a, b -> a.size() <=> b.size() })
println([1, 2, 3].sum { it * 2 })

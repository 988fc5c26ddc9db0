def xs = ["a", "b", "c"]
println xs.withIndex()
println xs.withIndex(1)
println xs.indexed()
println xs.indexed(10)
println xs.withIndex().collect { v, i -> "${v}${i}" }
xs.indexed().each { i, v -> print "${i}:${v} " }
println()

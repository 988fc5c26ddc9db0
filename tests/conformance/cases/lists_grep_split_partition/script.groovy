def xs = [1, "a", 2.5, "b", null, 7]
println xs.grep(String)
println xs.grep(Number)
println xs.grep(1..5)
println xs.grep(~/[a-z]/)
println xs.grep()
def parts = [1, 2, 3, 4, 5].split { it % 2 == 0 }
println parts
def (evens, odds) = [1, 2, 3, 4, 5].split { it % 2 == 0 }
println "${evens} ${odds}"

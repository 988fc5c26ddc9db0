def nums = [1, 2, 3, 4]
println nums.collect { it * it }
println nums.collect()
println nums.collect { it % 2 == 0 ? "even" : "odd" }
def target = ["start"]
println nums.collect(target) { "n${it}" }
println target
println nums.collectMany { [it, -it] }
println([[1, 2], [3]].collectMany { it })
println nums.collectEntries { [(it): it * 10] }
println(["a", "b"].collectEntries { [it, it.toUpperCase()] })
println([].collect { it })

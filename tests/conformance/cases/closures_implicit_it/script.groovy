def upper = { it.toUpperCase() }
println upper("ok")
def describe = { "got ${it}" }
println describe()
println describe(null)
println describe([1, 2])
def isEven = { it % 2 == 0 }
println((1..6).findAll(isEven))
def nested = [[1, 2], [3]].collect { it.collect { it * 10 } }
println nested
def outer = { [1, 2].collect { x -> x + it } }
println outer(100)

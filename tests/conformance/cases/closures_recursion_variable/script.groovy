def fact
fact = { n -> n <= 1 ? 1G : n * fact(n - 1) }
println fact(5)
println fact(25)
def fib
fib = { int n -> n < 2 ? n : fib(n - 1) + fib(n - 2) }
println((0..10).collect { fib(it) })
def flatten
flatten = { item -> item instanceof List ? item.collectMany { flatten(it) } : [item] }
println flatten([1, [2, [3, [4]]], 5])
def depth
depth = { m -> m instanceof Map ? 1 + (m.values().collect { depth(it) }.max() ?: 0) : 0 }
println depth([a: [b: [c: 1]], d: 2])

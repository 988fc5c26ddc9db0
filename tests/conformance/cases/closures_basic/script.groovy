def greet = { name -> "Hello, ${name}" }
println greet("Ana")
println greet.call("Ben")
def square = { it * it }
println square(7)
println square.call(1.5)
def add = { a, b = 10 -> a + b }
println add(1)
println add(1, 2)
def noArgs = { -> "constant" }
println noArgs()
def apply = { f, v -> f(v) }
println apply(square, 4)
println apply({ it.reverse() }, "abc")
def ops = [double: { it * 2 }, negate: { -it }]
println ops.double(21)
println ops.negate(5)
println ops["double"].call(3)
def compose = square >> { it + 1 }
println compose(3)
def withIndex = ["a", "b"].collect { s -> s * 2 }
println withIndex
println([1, 2, 3].collect(square))
def curried = add.curry(100)
println curried(5)

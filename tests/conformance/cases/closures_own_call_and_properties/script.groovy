// inside a closure body, call(...) calls the closure itself, and delegate,
// resolveStrategy and maximumNumberOfParameters are the closure's own properties
def fact = { n -> n <= 1 ? 1 : n * call(n - 1) }
println fact(5)
def fib = { int n -> n < 2 ? n : call(n - 1) + call(n - 2) }
println((0..10).collect(fib))
def cl = { delegate.size() }
cl.delegate = 'hello'
println cl()
def c3 = { resolveStrategy }
println c3()
def c4 = { maximumNumberOfParameters }
println c4()
def c5 = { a, b -> maximumNumberOfParameters }
println c5(1, 2)
def sq = { x -> x * x }
def twice = { f, x -> f(f(x)) }
println twice(sq, 3)
def withDelegate = { length() }
withDelegate.delegate = 'abcd'
withDelegate.resolveStrategy = Closure.DELEGATE_FIRST
println withDelegate()
def m(x) { x + 1 }
def viaMethod = { m(it) * 2 }
println viaMethod(4)

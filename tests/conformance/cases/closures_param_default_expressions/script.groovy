// Closure parameter defaults are ordinary expressions: calls, `new`, operators, closures.
def tenTimes(x) { x * 10 }
def plusCall = { a, b = tenTimes(1) -> a + b }
println plusCall(1)
println plusCall(1, 2)
def upper = { String s = "x".toUpperCase() -> s }
println upper()
def size = { n = [1, 2].size() -> n }
println size()
def built = { sb = new StringBuilder('ab') -> sb.reverse().toString() }
println built()
def file = { f = new File('/nowhere') -> f }
println file(5)
def elvis = { a = null ?: 'dflt', b = 1 < 2 ? 'y' : 'n' -> a + b }
println elvis()
def nested = { a = { y -> y * 2 }, b = { 5 } -> a(b()) }
println nested()
def misc = { a = 'x' as String, int b = 3, c = 3 in [1, 2, 3], d = 'abc'.&size -> [a * b, c, d()] }
println misc()
def spread = { a = [1, 2]*.multiply(2), b = (1..3).sum(), c = [k: 1]?.k -> [a, b, c] }
println spread()
def multiline = {
    a,
    b = tenTimes(
        2) +
        1
    -> a + b }
println multiline(1)
[1, 2].each {
    item ->
    println "item $item"
}

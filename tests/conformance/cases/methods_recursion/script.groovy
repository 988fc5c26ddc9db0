def factorial(n) {
    n <= 1 ? 1 : n * factorial(n - 1)
}
int intFactorial(int n) {
    if (n <= 1) return 1
    return n * intFactorial(n - 1)
}
def fib(int n) {
    if (n < 2) {
        return n
    }
    fib(n - 1) + fib(n - 2)
}
println((1..10).collect { fib(it) })
println factorial(5)
println factorial(13)
println factorial(13).class.simpleName
println intFactorial(13)
println factorial(20L)
def depth(list) {
    list instanceof List ? 1 + (list.collect { depth(it) }.max() ?: 0) : 0
}
println depth([1, [2, [3]], []])

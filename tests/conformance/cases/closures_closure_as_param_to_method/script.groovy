def retry(int times, Closure action) {
    def attempt = 0
    def result = null
    while (attempt < times) {
        attempt++
        result = action(attempt)
        if (result) break
    }
    return [attempt: attempt, result: result]
}
println retry(5) { n -> n >= 3 ? "ok on ${n}" : null }
println retry(2) { n -> null }
def applyTwice(x, Closure f) { f(f(x)) }
println applyTwice(3) { it * it }
println applyTwice("ab") { it + it.reverse() }
def timesDo(int n, Closure c) { (1..n).collect(c) }
println timesDo(3) { "#${it}" }

// ---- library: math helpers used by the quiz bot ----
long factorial(int n) {
    n <= 1 ? 1L : n * factorial(n - 1)
}

def fibMemo = [0: 0G, 1: 1G]
BigInteger fib(int n, Map memo) {
    if (!memo.containsKey(n)) memo[n] = fib(n - 1, memo) + fib(n - 2, memo)
    return memo[n]
}

int gcd(int a, int b) { b == 0 ? Math.abs(a) : gcd(b, a % b) }

String describe(int x) { "int ${x}" }
String describe(long x) { "long ${x}" }
String describe(BigDecimal x) { "decimal ${x}" }
String describe(String s) { "string '${s}'" }
String describe(List l) { "list of ${l.size()}" }
String describe(Object o) { "object ${o}" }

boolean isPrime(int n) {
    if (n < 2) return false
    for (int i = 2; i * i <= n; i++) if (n % i == 0) return false
    true
}
// ---- end library ----

def questions = execution.getVariable("questions")
questions.each { q ->
    def answer
    switch (q.type) {
        case "factorial": answer = factorial(q.n); break
        case "fib": answer = fib(q.n, fibMemo); break
        case "gcd": answer = gcd(q.a, q.b); break
        case "prime": answer = isPrime(q.n); break
        default: answer = "?"
    }
    println "${q.type}(${q.n ?: q.a + ',' + q.b}) = ${answer}"
}

println describe(5)
println describe(5L)
println describe(5.5)
println describe("five")
println describe([5, 5])
println describe([a: 5])
println describe(null as String)
println "primes under 30: ${(1..30).findAll { isPrime(it) }}"
println "memo size: ${fibMemo.size()}"
println "factorial(21) overflow: ${factorial(21)}"

execution.setVariable("fib90", fib(90, fibMemo).toString())
customMetricService.upsertMetric("quiz_questions", questions.size().toString())

// A small generic result wrapper used across the flow's script tasks.
class Result<T> {
    final T value
    final String error

    private Result(T value, String error) {
        this.value = value
        this.error = error
    }

    static <T> Result<T> ok(T value) { new Result<T>(value, null) }

    static <T> Result<T> fail(String error) { new Result<T>(null, error) }

    boolean isOk() { error == null }

    public <R> Result<R> map(Closure<R> fn) {
        isOk() ? ok(fn.call(value)) : fail(error)
    }

    T orElse(T fallback) { isOk() ? value : fallback }

    String toString() { isOk() ? "Ok(${value})" : "Fail(${error})" }
}

Result<Integer> parseAge(String text) {
    if (text == null) return Result.fail("missing")
    if (!text.isInteger()) return Result.fail("not a number: " + text)
    int age = text.toInteger()
    return age in 0..120 ? Result.ok(age) : Result.fail("out of range: " + age)
}

def inputs = execution.getVariable("ages")
List<Result<Integer>> results = inputs.collect { parseAge(it as String) }
results.each { println it }

def doubled = results.collect { it.map { v -> v * 2 } }
println "doubled: ${doubled}"
println "with fallback: ${results.collect { it.orElse(-1) }}"

Optional<String> firstError = results.stream().filter { !it.ok }.map { it.error }.findFirst()
println "first error: ${firstError.orElse('none')}"
Optional<Integer> none = Optional.empty()
println "optional empty: ${none.isPresent()}, mapped: ${Optional.of(5).map { it + 1 }.get()}"

def okCount = results.count { it.ok }
execution.setVariable("validAges", results.findAll { it.ok }*.value)
execution.setVariable("ageErrors", results.findAll { !it.ok }*.error)
customMetricService.upsertMetric("age_ok", "${okCount}".toString())

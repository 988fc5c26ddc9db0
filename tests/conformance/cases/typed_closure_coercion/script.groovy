// Pluggable rules: closures and maps of closures coerced to interfaces with `as`.
import java.util.function.BiFunction
import java.util.function.Function
import java.util.function.Predicate
import java.util.function.Supplier

interface Rule {
    String check(String value)
}

interface Formatter {
    String format(String value)
    String describe()
}

class MinLength implements Rule {
    int min
    String check(String value) { value.length() < min ? "shorter than ${min}" : null }
}

Rule notBlank = { String v -> v.trim() ? null : "blank" } as Rule
Rule digits = { it ==~ /\d*/ ? null : "not digits" } as Rule
Rule implicitRule = { String v -> v.contains(" ") ? "has spaces" : null }
Formatter upper = [format: { String v -> v.toUpperCase() }, describe: { "upper case" }] as Formatter

List<Rule> rules = [notBlank, digits, implicitRule, new MinLength(min: 4)]
Map<String, String> form = execution.getVariable("form")
Map<String, List<String>> problems = [:]
form.each { String field, String value ->
    List<String> found = rules.collect { Rule r -> r.check(value) }.findAll { it != null }
    if (found) problems[field] = found
}
println "problems: ${problems}"
println "formatted: ${form.collectEntries { k, v -> [k, upper.format(v)] }} (${upper.describe()})"
println "instanceof: ${notBlank instanceof Rule}, ${implicitRule instanceof Rule}, ${notBlank instanceof Closure}, ${upper instanceof Formatter}, ${upper instanceof Map}"

Function<String, Integer> length = { String s -> s.length() } as Function
Function<Integer, Integer> doubled = { it * 2 }
Predicate<String> isEmpty = { it.isEmpty() }
Supplier<String> greeting = { "hello" } as Supplier
BiFunction<Integer, Integer, Integer> add = { a, b -> a + b }
println "function ${length.apply('abcd')}, ${doubled.apply(21)}, predicate ${isEmpty.test('')} ${isEmpty.test('x')}, supplier ${greeting.get()}, bi ${add.apply(2, 3)}"

Runnable task = { println "task ran" }
task.run()
println "runnable is closure: ${task instanceof Closure}"

Comparator<String> byLength = { a, b -> a.length() <=> b.length() } as Comparator<String>
println "sorted: ${(form.keySet() as List).sort(false, byLength)}"

try {
    Formatter partial = [format: { String v -> v }] as Formatter
    println partial.describe()
} catch (UnsupportedOperationException e) {
    println "partial: ${e.class.simpleName}"
}
try {
    length.apply("a", "b")
} catch (MissingMethodException e) {
    println "missing: ${e.method}"
}

execution.setVariable("valid", problems.isEmpty())
execution.setVariable("problemFields", problems.keySet().sort())

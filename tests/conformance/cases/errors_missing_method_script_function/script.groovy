def greet(String name, String greeting) {
    "${greeting}, ${name}"
}
println greet("Ana", "Hi")
try {
    greet("Ana")
} catch (MissingMethodException e) {
    println "too few: ${e.class.simpleName} ${e.method}"
}
try {
    greet(1, 2)
} catch (MissingMethodException e) {
    println "wrong types: ${e.class.simpleName}"
}
println greet("Bo", "Hey")
greeet("typo", "x")

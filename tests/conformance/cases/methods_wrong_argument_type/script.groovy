def twice(int n) {
    n * 2
}
println twice(4)
println twice("4".toInteger())
try {
    twice("4")
} catch (MissingMethodException e) {
    println "caught ${e.class.simpleName}"
}
String title(String s) { s.capitalize() }
println title("gstring ${1 + 1}")
println title(5)

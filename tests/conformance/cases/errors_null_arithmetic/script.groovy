def a = null
println "${a}"
println a == null
try {
    def r = a + 1
    println r
} catch (NullPointerException e) {
    println "null + 1: ${e.class.simpleName}"
}
try {
    def r = 1 + a
    println r
} catch (Exception e) {
    println "1 + null: ${e.class.simpleName}"
}
println "x" + a
println([a] + [1])
def count = a ?: 0
println count + 1
a * 2

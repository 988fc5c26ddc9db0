// Statements inside ${}: the value is the last statement's, computed at once, in its own scope.
def n = 1
def s = "a${n++; n}b"
println s
println s
println n
def t = "${def q = 5; q * 2}"
println t
try { println q } catch (e) { println e.class.simpleName }
println "${n; }"
println "[${}]"
def w = "x${ int z = 3; if (z > 2) { z = 10 }; z }"
println w
println "${def k = [1, 2]; k << 3; k}"
println "${n += 1} ${n}"
println "count: ${def c = 0; [1, 2, 3].each { c += it }; c}"
println """multi ${
    def total = 0
    (1..4).each { total += it }
    total
}"""
class Greeter {
    String name = "Ann"
    String greet(int times) { "${def parts = []; times.times { parts << name }; parts.join('+')}" }
}
println new Greeter().greet(3)
def lazy = "${-> n * 2}"
n = 50
println lazy
execution.setVariable("rendered", "${def a = 'x'; a * 3}".toString())
println "${def v = 1}"

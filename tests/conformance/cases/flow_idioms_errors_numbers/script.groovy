def parse(String s) {
    try {
        return Integer.parseInt(s)
    } catch (NumberFormatException e) {
        println "bad: ${e.message}"
        return -1
    } finally {
        println "checked $s"
    }
}
println parse('42') + parse('x')
def classify(v) {
    switch (v) {
        case null: return 'null'
        case Integer: return 'int'
        case String: return 'str'
        case [1.5, 2.5]: return 'listed'
        case { it instanceof List && it.size() > 2 }: return 'big list'
        default: return v.getClass().simpleName
    }
}
println([null, 1, 'a', 1.5, [1, 2, 3], [1], 2L].collect { classify(it) })
outer:
for (i in 0..3) {
    for (j in 0..3) {
        if (j == 2) continue outer
        if (i == 3) break outer
        print "$i$j "
    }
}
println()
def i = 0
while (true) { if (++i >= 5) break }
println i
int n = 7
n += 3.7
println n
long big = Integer.MAX_VALUE
big++
println big
println Integer.MAX_VALUE + 1
println 7 / 2
println 7.intdiv(2)
println 7 % -3
println(-7 % 3)
println 2 ** 10
println 2 ** -1
println 10.0 / 3
println 1e3
println 1.0e-5
println 100.0d / 3
println 0.1 + 0.2
println 0.1d + 0.2d
println 3.0 == 3
println 'a' * 3 <=> 'aab'
def (a, b, c) = [1, 2]
println "$a $b $c"
def e = new IllegalArgumentException('boom', new RuntimeException('root'))
println e.cause.message
try { throw e } catch (RuntimeException re) { println re.getClass().name }
try { [].get(3) } catch (IndexOutOfBoundsException ex) { println ex.message }
try { null.foo() } catch (NullPointerException ex) { println ex.message }
try { 'abc'.toInteger() } catch (ex) { println ex.getClass().simpleName + ': ' + ex.message }
println 'done'

def f() {
    try { return 'try' } finally { println 'finally runs' }
}
println f()
def g() {
    try { throw new IllegalStateException('x') }
    catch (IllegalArgumentException | IllegalStateException e) { return "caught ${e.getClass().simpleName}" }
}
println g()
def h() {
    def r = []
    [1, 2, 3].each { if (it == 2) return; r << it }
    for (x in [1, 2, 3]) { if (x == 2) continue; r << x * 10 }
    r
}
println h()
def firstEven = [1, 3, 4, 6].find { it % 2 == 0 }
println firstEven
def found = null
[[1, 2], [3, 4]].each { row -> row.each { if (it == 3) found = it } }
println found
int total = 0
for (int i = 0; i < 10; i += 3) { total += i }
println total
def k = 0
while (k < 3) k++
println k
def res = [1, 2, 3].collect { n ->
    switch (n) {
        case 1: 'one'; break
        case 2: return 'two'
        default: 'many'
    }
}
println res
def level = 7
def label = level > 5 ? (level > 8 ? 'high' : 'mid') : 'low'
println label
def safe = [a: [b: null]]
println safe?.a?.b?.c ?: 'default'
println safe.a.b?.size()
def x = 5
x = x > 3 ? x * 2 : x
println x
def sw(v) { switch (v) { case 1..3: return 'small'; case 4..<7: return 'medium'; case ~/\d+/: return 'digits'; case { it instanceof String }: return 'string' }; 'other' }
println([2, 5, '42', 'abc', 9.5].collect { sw(it) })

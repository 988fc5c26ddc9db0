// a switch as the last statement returns the value before a case's break, or the default's last value (Groovy 2.4's ReturnAdder); a fall-through case returns nothing itself
def f = { n ->
    switch (n) {
        case 1: 'a'
        case 2: 'b'; break
        case 3: def y = 5; break
        case 4: 'd'; println 'side'; break
        case 5:
        case 6: 'e'; break
        default: 'z'
    }
}
println((1..7).collect { f(it) })
def g(n) {
    switch (n) {
        case 1: 'one'; break
        default: 'other'
    }
}
println g(1) + ' ' + g(2)
def h = { n -> if (n) { switch (n) { case 1: 'x'; break } } else { 'none' } }
println h(1) + ' ' + h(0)
def e = { n -> switch (n) { case 1: 'q'; break }; }
println e(1)
def w = { n -> switch (n) { case 1: 'q'; break; case 2: break } }
println w(2)

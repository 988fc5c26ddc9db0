// A null argument typed by a cast or a typed local selects the overload of that type; a bare
// null the most general one. Class methods choose the nearest overload too.
String d(BigDecimal x) { "decimal ${x}" }
String d(String s) { "string '${s}'" }
String d(Object o) { "object ${o}" }
println d(null as String)
println d((String) null)
String s = null
println d(s)
def z = null as String
println d(z)
println d(null as BigDecimal)
println d(null)
println d(2.5)
println d("x")
class Pricer {
    String price(long cents) { "long ${cents}" }
    String price(BigDecimal amount) { "decimal ${amount}" }
    String price(Object other) { "object ${other}" }
}
def p = new Pricer()
println p.price(5)
println p.price(5.5)
println p.price(5.5d)
println p.price("x")

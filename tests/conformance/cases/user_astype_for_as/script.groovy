class Temp {
    BigDecimal celsius
    Object asType(Class c) {
        if (c == String) return "${celsius}C".toString()
        if (c == Fahrenheit) return new Fahrenheit(value: celsius * 9 / 5 + 32)
        if (c == Map) return [celsius: celsius]
        return super.asType(c)
    }
}
class Fahrenheit { BigDecimal value; String toString() { "${value}F" } }
class Hot extends Temp {
    boolean asBoolean() { celsius > 30 }
}
def t = new Temp(celsius: 20)
println(t as String)
println(t as Fahrenheit)
println(t as Map)
println((t as Object).is(t))
println(t as boolean)
def h = new Hot(celsius: 35)
println(h as String)
println(h as boolean)
println(new Hot(celsius: 10) as boolean)
println([new Hot(celsius: 10), new Hot(celsius: 40)].findAll().size())
try { t as Integer; println "no error" } catch (e) { println e.class.simpleName }
def list = [new Temp(celsius: 1), new Temp(celsius: 2)]
println(list.collect { it as String })
class Money {
    int cents
    Object asType(Class c) {
        if (c == Integer) return cents
        if (c == List) return [cents]
        return super.asType(c)
    }
}
def ten = new Money(cents: 1000)
println(ten as Integer)
println(ten as List)
println((ten as Object).cents)
class Bad { Object asType(Class c) { "${c.simpleName}!" } }
try { println(new Bad() as String) } catch (ClassCastException e) { println "ClassCastException" }

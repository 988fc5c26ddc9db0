// A null argument chooses among a script's overloads as Groovy measures it: an interface
// parameter is nearest, then Object, then a class by its depth below Object; a tie is
// Groovy's "Ambiguous method overloading" (prototype lines sorted: Groovy's order varies).
def f(String s) { "String" }
def f(List l) { "List" }
def g(String s) { "String" }
def g(Object o) { "Object" }
def h(Integer i) { "Integer" }
def h(Number n) { "Number" }
def k(String a, Object b) { "String, Object" }
def k(Object a, String b) { "Object, String" }
def m(Map a) { "Map" }
def m(Collection b) { "Collection" }
def n(List b) { "List" }
def n(Object a) { "Object" }
def p(String a) { "String" }
def p(Integer b) { "Integer" }
class Foo {
    def q(String a) { "String" }
    def q(Date d) { "Date" }
    def r(Foo a) { "Foo" }
    def r(String s) { "String" }
}
class Bar extends Foo {}
def w(Foo a) { "Foo" }
def w(Bar b) { "Bar" }

def t(String label, Closure c) {
    try {
        println "$label: ${c.call()}"
    } catch (GroovyRuntimeException e) {
        def lines = e.message.readLines()
        println "$label !! ${e.getClass().simpleName}: ${lines[0]} ${lines[1]}"
        lines.drop(2).sort().each { println "    $it" }
    }
}
t("String or List") { f(null) }
t("String or Object") { g(null) }
t("Integer or Number") { h(null) }
t("two nulls, crossed") { k(null, null) }
t("one null, crossed") { k("a", null) }
t("Map or Collection") { m(null) }
t("List or Object") { n(null) }
t("String or Integer") { p(null) }
t("class method, String or Date") { new Foo().q(null) }
t("class method, Foo or String") { new Foo().r(null) }
t("Foo or its subclass Bar") { w(null) }

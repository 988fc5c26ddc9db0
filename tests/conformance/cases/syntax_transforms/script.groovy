// groovy.transform value classes: @Canonical, @ToString, @EqualsAndHashCode, @TupleConstructor
import groovy.transform.*
@Canonical class Sku { String code; String size }
@ToString(includeNames = true) @EqualsAndHashCode class Line { Sku sku; int qty = 1; BigDecimal unitPrice = 0.0; BigDecimal getTotal() { unitPrice * qty } }
@ToString class Basket { String owner; List lines = [] }
@TupleConstructor class P { String a; int b; List c }
@ToString(includeNames=true, includePackage=false) class Q { String x; private String hidden = "h"; static String S = "s"; String y }
@ToString(excludes = ["y"]) class R { String x; String y }
@ToString(includes = ["y"]) class R2 { String x; String y }
@EqualsAndHashCode(excludes = "y") class E { String x; String y }
@Canonical class Sub extends Sku { int n }
@ToString(includeSuper = true) class Sub2 extends Sku { int n }
println new Sku("TEE", "M")
println new Sku("TEE")
println new Sku()
println new Sku(code: "A")
println new Line(sku: new Sku("a", "b"), qty: 2, unitPrice: 9.5)
println new Basket(owner: "o", lines: [1, 2])
def p = new P("x", 2)
println "${p.a} ${p.b} ${p.c}"
println new Q(x: "1", y: null)
println new R(x: "1", y: "2")
println new R2(x: "1", y: "2")
println new E(x: "1", y: "2") == new E(x: "1", y: "3")
println new Sku("a", "b") == new Sku("a", "b")
println new Sku("a", "b").hashCode() == new Sku("a", "b").hashCode()
println new Sku("a", "b").hashCode()
println new Sub(code: "c", n: 3)
println new Sub2(code: "c", n: 1)
println new Sku("a", "b").equals(null)
println([new Sku("a", "b"), new Sku("a", "b")].unique().size())
def s = new Sku("x", "y")
println s.toString()
println "${s}"
try { new Sku("a", "b", "c") } catch (e) { println e.class.name + ": " + e.message }
try { new Line(sku: null, quantity: 3) } catch (e) { println e.class.name + ": " + e.message }
println new Line()
println new Line() == new Line()
@TupleConstructor class P2 { String a; int b; List c = [9]; boolean d; static int s = 1; private int hidden = 4; final String f = "F" }
p = new P2("x")
println "${p.a} ${p.b} ${p.c} ${p.d} ${p.f}"
p = new P2()
println "${p.a} ${p.b} ${p.c} ${p.d}"
p = new P2("x", 2, [1], true)
println "${p.a} ${p.b} ${p.c} ${p.d}"
p = new P2(a: "m", b: 5)
println "${p.a} ${p.b} ${p.c}"
@EqualsAndHashCode class H2 { boolean on; Boolean boxed; long l; double d; String s; List li }
println new H2(on: true, boxed: true, l: 5L, d: 1.5d, s: "s", li: [1]).hashCode()
println new H2().hashCode()
println new H2() == new H2()
@Canonical class C2 { String a; int n }
println new C2("a", 1).equals(new C2("a", 1))
println new C2("a", 1) == "x"
@ToString(includeNames = true) class Z { String a; Map m; List l; String n }
println new Z(a: "q", m: [k: "v"], l: ["s", null])
@ToString(includeSuper = true, includeNames = true) class Z2 extends Z { int extra }
println new Z2(a: "w", extra: 2)
@ToString(includeFields = true) class Z3 { String a; private int x = 3 }
println new Z3(a: "a")
class Plain { String x; int n; Plain(String x = "d", int n = 2) { this.x = x; this.n = n } }
def plain = new Plain(n: 5)
println "${plain.x} ${plain.n}"
@Canonical class Money { BigDecimal amount; String currency }
def wallet = [new Money(1.50, "EUR"), new Money(1.5, "EUR"), new Money(2, "USD")]
println wallet.unique(false)
println wallet.groupBy { it }.collect { k, v -> "${k}=${v.size()}" }
execution.setVariable("sku", new Sku("K", "L").toString())
new Sku("a", "b", "c")

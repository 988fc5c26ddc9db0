// `obj.@x` reads and writes the field itself: no validating setter, no formatting getter;
// the value is still cast to the field's type. Only script objects have such fields.
class Order {
    String ref
    int qty = 1
    BigDecimal price = 0
    final String channel = "web"
    List<String> notes = []

    void setQty(int q) {
        if (q < 1) throw new IllegalArgumentException("qty must be positive: " + q)
        notes << "qty " + q
        qty = q
    }
    int getQty() { qty }
    String getRef() { ref ? "#" + ref : "#?" }
    BigDecimal getTotal() { price * qty }
}

def o = new Order(ref: "A1", qty: 2, price: 9.99)
println "${o.ref} ${o.@ref} ${o.qty} ${o.total} ${o.notes}"
try {
    new Order(qty: 0)
} catch (IllegalArgumentException e) {
    println "map constructor used the setter: " + e.message
}
o.@qty = 0
println "bypassed setter: qty=${o.qty} total=${o.total} notes=${o.notes}"
o.@qty += 3
o.@qty++
println o.@qty
o.@qty = "7"
println o.qty
o.@qty = 4L
println o.@qty.getClass().simpleName
o.@price = 5
println o.@price.getClass().simpleName + " " + o.total
o.@ref = null
println o.ref
try {
    o.@channel = "phone"
} catch (GroovyRuntimeException e) {
    println e.getClass().simpleName + ": " + e.message
}
println o.@channel
def none = null
println none?.@ref
def orders = [o, new Order(ref: "B2"), new Order()]
println orders*.@ref
println orders*.ref
println orders.collect { it.@qty }
try {
    println o.@missing
} catch (MissingFieldException e) {
    println e.message
}
for (probe in [[ref: "map"], "text", 42]) {
    try {
        println probe.@ref
    } catch (MissingFieldException e) {
        println e.message
    }
}
def name = "qty"
println o.@"$name"
execution.setVariable("orderQty", o.@qty)
execution.setVariable("orderRef", o.ref)

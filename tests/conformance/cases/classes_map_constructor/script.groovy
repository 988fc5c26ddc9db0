class Item {
    String name
    int qty = 1
    BigDecimal price = 0
    BigDecimal total() { price * qty }
}
def a = new Item(name: "pen", qty: 3, price: 1.25)
def b = new Item(name: "book", price: 12)
def c = new Item()
println "${a.name} ${a.qty} ${a.price} ${a.total()}"
println "${b.name} ${b.qty} ${b.price} ${b.total()}"
println "${c.name} ${c.qty} ${c.total()}"
println b.price.class.simpleName
def items = [a, b]
println items*.name
println items.sum { it.total() }

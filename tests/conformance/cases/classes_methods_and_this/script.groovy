class Cart {
    List lines = []
    Cart add(String sku, int qty) {
        this.lines << [sku: sku, qty: qty]
        return this
    }
    int count() { this.lines.sum(0) { it.qty } }
    boolean has(String sku) { lines.any { it.sku == sku } }
    String summary() { "${lines.size()} lines, ${count()} units" }
}
def cart = new Cart().add("A", 2).add("B", 1).add("A", 3)
println cart.summary()
println cart.has("B")
println cart.has("C")
println cart.lines
def empty = new Cart()
println empty.count()
println empty.summary()

class Cart {
    List<Map> lines = []
    Cart add(String sku, int qty, BigDecimal price) { lines << [sku: sku, qty: qty, price: price]; this }
    BigDecimal getTotal() { lines.sum(0) { it.qty * it.price } }
}
def cart = new Cart().add('a', 2, 1.25).add('b', 1, 10)
println cart.total
println cart.lines*.sku
def html = new StringBuilder()
cart.lines.eachWithIndex { l, i -> html << "${i + 1}. ${l.sku} x${l.qty}" << (i < cart.lines.size() - 1 ? '; ' : '') }
println html
def cfg = [retries: 3, greeting: 'hi']
cfg.with {
    retries++
    greeting = greeting.toUpperCase()
}
println cfg
def tuple = [1, 'two', 3.0]
def (n, s, d) = tuple
println "$n|$s|$d"
def swap = { a, b -> [b, a] }
def (p, q) = swap(1, 2)
println p + q * 10
println([1, 2, 3].collect { it * it }.findAll { it > 1 }.inject(0, { acc, v -> acc + v }))

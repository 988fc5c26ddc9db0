// Shopping cart library: a class that takes another instance of itself, statics, property coercion
class Cart {
    static int created = 0
    final String owner
    private Map<String, Integer> items = [:]

    Cart(String owner) { this.owner = owner; created++ }

    Cart add(String sku, int qty = 1) {
        if (qty <= 0) throw new IllegalArgumentException("qty must be positive: ${qty}")
        items[sku] = (items[sku] ?: 0) + qty
        this
    }
    Cart add(Map<String, Integer> many) { many.each { k, v -> add(k, v) }; this }
    Cart merge(Cart other) {
        Cart result = new Cart("${owner}+${other.owner}")
        result.add(items).add(other.items)
        result
    }
    int getCount() { items.values().sum(0) }
    Map<String, Integer> getItems() { items.asImmutable() }
    Cart leftShift(String sku) { add(sku) }
    boolean asBoolean() { !items.isEmpty() }
    String toString() { "Cart[${owner}: ${items.sort().collect { k, v -> "${k}x${v}" }.join(', ')}]" }
}

def data = execution.getVariable('carts')
def carts = data.collect { owner, content ->
    def c = new Cart(owner)
    content.each { sku, q -> c.add(sku, q as int) }
    c
}
carts.each { println "${it} count=${it.count}" }

Cart household = carts.inject { Cart a, Cart b -> a.merge(b) }
household << 'gift-wrap' << 'milk'
println household
println "household count: ${household.count}, created so far: ${Cart.created}"

Cart empty = new Cart('nobody')
println "empty truthy: ${empty as boolean}, household truthy: ${household as boolean}"
println(empty ? 'has items' : 'empty cart')

try {
    household.items['hack'] = 1
} catch (UnsupportedOperationException e) {
    println "items are read only (${e.class.simpleName})"
}
try {
    household.add('milk', 0)
} catch (IllegalArgumentException e) {
    println "rejected: ${e.message}"
}

execution.setVariable('cartSummary', household.items)
execution.setVariable('cartCount', household.count)
transientVariableService.addVariable('cartOwner', household.owner)
customMetricService.upsertMetric('cart_items', "${household.count}".toString())
log.info("merged ${carts.size()} carts")

try {
    household.owner = 'someone else'
} catch (ReadOnlyPropertyException e) {
    println "owner stays ${household.owner}: ${e.message}"
}

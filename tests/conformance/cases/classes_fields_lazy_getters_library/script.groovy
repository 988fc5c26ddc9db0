// A cart library in flow-script style: lazily initialised and caching getters that assign their
// own fields, a boolean `isX` getter, equals comparing another instance through its getters,
// field initialisers that read other fields, and a lazy GString (a closure: the getter runs).
class Cart {
    String customer
    List<Map> items
    BigDecimal cachedTotal
    boolean locked = false
    String currency = "EUR"
    String header = currency + " cart"
    int reads = 0

    Cart(String customer) { this.customer = customer }

    List<Map> getItems() {
        if (items == null) items = []
        items
    }

    BigDecimal getCachedTotal() {
        reads++
        if (cachedTotal == null) {
            cachedTotal = getItems().sum(0.0) { it.price * it.qty }
        }
        cachedTotal
    }

    boolean isLocked() { locked || items?.size() > 3 }

    String getCustomer() { customer?.toUpperCase() }

    void add(String sku, BigDecimal price, int qty = 1) {
        if (locked) throw new IllegalStateException("cart of " + customer + " is locked")
        getItems() << [sku: sku, price: price, qty: qty]
        cachedTotal = null
    }

    boolean equals(Object other) {
        other instanceof Cart && other.customer == customer.toUpperCase() && other.items == items
    }

    int hashCode() { customer.hashCode() }

    String toString() { "Cart(" + customer + ", " + (items?.size() ?: 0) + " items, locked=" + locked + ")" }

    def summary() {
        def eager = "${customer}: ${cachedTotal}"
        def lazy = "${-> customer}: ${-> cachedTotal}"
        [eager.toString(), lazy.toString(), reads]
    }
}

def cart = new Cart("dana")
println cart
println cart.items
println cart
cart.add("tea", 3.50)
cart.add("cups", 2.25, 4)
println cart.cachedTotal + " reads=" + cart.reads
println cart.cachedTotal + " reads=" + cart.reads
println cart.summary()
println "${cart.locked} ${cart.isLocked()} ${cart.@locked}"
cart.add("milk", 1.10)
cart.add("sugar", 0.99, 2)
println "${cart.locked} ${cart.@locked}"
cart.locked = true
try {
    cart.add("honey", 4.00)
} catch (IllegalStateException e) {
    println e.message
}
println cart.header
def twin = new Cart("DANA")
twin.@items = cart.@items
println "${cart == twin} ${twin == cart}"
println cart
transientVariableService.addVariable("cartTotal", cart.cachedTotal)
customMetricService.upsertMetric("cart_items", cart.items.size().toString())

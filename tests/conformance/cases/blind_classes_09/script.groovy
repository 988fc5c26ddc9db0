// A cart with item classes; the last part of the flow uses a property that doesn't exist.
class Item {
    String sku
    String title
    BigDecimal price
    int qty = 1

    BigDecimal subtotal() { price * qty }
}

class Cart {
    final List<Item> items = []
    String promo

    Cart add(Item i) {
        def existing = items.find { it.sku == i.sku }
        if (existing) existing.qty += i.qty
        else items << i
        return this
    }

    BigDecimal getSubtotal() { items.sum { it.subtotal() } ?: 0 }

    BigDecimal getDiscount() {
        switch (promo) {
            case "TEN": return (subtotal * 0.10).setScale(2, java.math.RoundingMode.HALF_UP)
            case "FIVEOFF": return subtotal >= 25 ? 5.00 : 0
            default: return 0
        }
    }

    BigDecimal getTotal() { subtotal - discount }

    int getCount() { items.sum { it.qty } ?: 0 }
}

Cart cart = new Cart(promo: execution.getVariable("promo"))
execution.getVariable("cartItems").each { m ->
    cart.add(new Item(sku: m.sku, title: m.title, price: m.price, qty: m.qty ?: 1))
}

cart.items.each { println "${it.qty} x ${it.title} @ ${it.price} = ${it.subtotal()}" }
println "count=${cart.count} subtotal=${cart.subtotal} discount=${cart.discount} total=${cart.total}"
cart.promo = "FIVEOFF"
println "with FIVEOFF: ${cart.total}"
cart.promo = null
println "no promo: ${cart.total}"

execution.setVariable("cartTotal", cart.total)
execution.setVariable("cartCount", cart.count)
customMetricService.upsertMetric("cart_items", cart.count.toString())

println "shipping: ${cart.shipping}"

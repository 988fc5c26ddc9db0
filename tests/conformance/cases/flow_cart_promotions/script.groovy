class Promo {
    String code
    String kind
    BigDecimal value
    BigDecimal minSpend = 0
    BigDecimal discountFor(BigDecimal subtotal) {
        if (subtotal < minSpend) return 0
        switch (kind) {
            case "percent": return (subtotal * value / 100).setScale(2, BigDecimal.ROUND_HALF_UP)
            case "fixed": return [value, subtotal].min()
            default: return 0
        }
    }
}
def catalog = [TEA: 4.50, MUG: 12.00, POT: 35.00, BAG: 0.99]
def promos = [
    new Promo(code: "TEN", kind: "percent", value: 10),
    new Promo(code: "FIVEOFF", kind: "fixed", value: 5, minSpend: 40),
    new Promo(code: "BIG", kind: "percent", value: 25, minSpend: 100),
].collectEntries { [(it.code): it] }
def cart = execution.getVariable("cart")
def lines = cart.collect { sku, qty ->
    def price = catalog[sku]
    if (price == null) {
        println "unknown sku ${sku}, skipped"
        return null
    }
    [sku: sku, qty: qty, price: price, total: price * qty]
}.findAll()
lines.each { println "${it.sku.padRight(4)} ${it.qty} x ${it.price} = ${it.total}" }
def subtotal = lines.sum { it.total } ?: 0
println "subtotal ${subtotal}"
def requested = (execution.getVariable("promoCodes") ?: [])*.toUpperCase()
def evaluated = requested.collect { code ->
    def p = promos[code]
    [code: code, discount: p ? p.discountFor(subtotal) : null]
}
evaluated.each { println "${it.code}: ${it.discount == null ? 'invalid' : it.discount}" }
def best = evaluated.findAll { it.discount }.max { it.discount }
def discount = best?.discount ?: 0
def total = subtotal - discount
println "best=${best?.code} discount=${discount} total=${total}"
execution.setVariable("cartTotal", total)
execution.setVariable("appliedPromo", best?.code)
customMetricService.upsertMetric("cart_total", total.toString())
if (evaluated.any { it.discount == null }) log.warn("invalid promo codes: ${evaluated.findAll { it.discount == null }*.code}".toString())
transientVariableService.addVariable("lineCount", lines.size())

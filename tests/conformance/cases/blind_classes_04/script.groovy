import groovy.transform.Canonical
import groovy.transform.ToString
import groovy.transform.EqualsAndHashCode

// Order lines as value objects.
@Canonical
class Sku {
    String code
    String size
}

@ToString(includeNames = true)
@EqualsAndHashCode
class Line {
    Sku sku
    int qty = 1
    BigDecimal unitPrice = 0.0

    BigDecimal getTotal() { unitPrice * qty }
}

@ToString
class Basket {
    String owner
    List<Line> lines = []
}

def rawLines = execution.getVariable("lines")
Basket basket = new Basket(owner: execution.getVariable("owner"))
rawLines.each { m ->
    basket.lines << new Line(sku: new Sku(m.code, m.size), qty: m.qty ?: 1, unitPrice: m.price)
}

basket.lines.each { println it }
println basket

def s1 = new Sku("TEE", "M")
def s2 = new Sku(code: "TEE", size: "M")
println "canonical equal: ${s1 == s2}, same hash: ${s1.hashCode() == s2.hashCode()}"
println "sku toString: ${s1}"

def merged = basket.lines.groupBy { it.sku }.collect { sku, ls ->
    new Line(sku: sku, qty: ls.sum { it.qty }, unitPrice: ls[0].unitPrice)
}
println "merged lines: ${merged.size()}"
merged.each { println "  ${it.sku.code}/${it.sku.size} x${it.qty} = ${it.total}" }

def l1 = new Line(sku: s1, qty: 2, unitPrice: 9.5)
def l2 = new Line(sku: s2, qty: 2, unitPrice: 9.50)
println "lines equal: ${l1 == l2}"

def total = merged.sum { it.total }
execution.setVariable("basketTotal", total)
execution.setVariable("basketSkus", merged.collect { "${it.sku.code}-${it.sku.size}".toString() })
customMetricService.upsertMetric("basket_total", total.toString())

new Line(sku: s1, quantity: 3)

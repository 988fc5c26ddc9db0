import java.math.RoundingMode

// Tiered shipping and discount rules for the order-quote bot.
def tiers = [
        [upTo: 25.00, fee: 6.95],
        [upTo: 75.00, fee: 4.95],
        [upTo: 150.00, fee: 2.50],
        [upTo: null, fee: 0]
]
def discounts = [SAVE10: 10, SAVE15: 15, STAFF: 30]

def quotes = execution.getVariable("quotes")
def results = []
quotes.each { q ->
    BigDecimal subtotal = q.items.sum { it.price * it.qty }
    int pct = discounts[q.code] ?: 0
    BigDecimal discount = (subtotal * pct / 100).setScale(2, RoundingMode.HALF_UP)
    BigDecimal afterDiscount = subtotal - discount
    def tier = tiers.find { it.upTo == null || afterDiscount <= it.upTo }
    BigDecimal shipping = tier.fee
    BigDecimal total = afterDiscount + shipping
    def pctSaved = subtotal ? (discount / subtotal * 100).setScale(1, RoundingMode.HALF_UP) : 0
    results << [id: q.id, total: total]
    println "${q.id}: subtotal=${subtotal} discount(${pct}%)=${discount} shipping=${shipping} total=${total} saved=${pctSaved}%"
}

def grand = results.sum { it.total }
def avg = (grand / results.size()).setScale(2, RoundingMode.HALF_EVEN)
def biggest = results.max { it.total }
println "grand total: ${grand}, average: ${avg}, biggest: ${biggest.id}"
println "rounded totals: ${results.collect { Math.round(it.total) }}"
println "ceil/floor: ${Math.ceil(grand)} ${Math.floor(grand)} ${grand.setScale(0, RoundingMode.CEILING)}"
println "percent of grand: ${results.collect { (it.total * 100 / grand).setScale(1, RoundingMode.HALF_UP) }}"

execution.setVariable("quoteTotals", results.collectEntries { [(it.id): it.total] })
execution.setVariable("grandTotal", grand)
customMetricService.upsertMetric("quotes", results.size().toString())
customMetricService.upsertMetric("grand_total", grand.toString())

// ---- library: discount engine; the class calls a script-level helper ----
def roundMoney(BigDecimal v) {
    v.setScale(2, java.math.RoundingMode.HALF_UP)
}

BigDecimal percentOf(BigDecimal amount, BigDecimal pct) {
    roundMoney(amount * pct / 100)
}

class Discount {
    String code
    BigDecimal pct
    BigDecimal minSpend = 0

    boolean appliesTo(BigDecimal subtotal) { subtotal >= minSpend }

    String toString() { "${code}(${pct}% over ${minSpend})" }
}

class DiscountEngine {
    List<Discount> discounts = []

    Discount best(BigDecimal subtotal) {
        discounts.findAll { it.appliesTo(subtotal) }.max { it.pct }
    }

    BigDecimal apply(BigDecimal subtotal) {
        Discount d = best(subtotal)
        if (d == null) return subtotal
        return subtotal - roundMoney(subtotal * d.pct / 100)
    }
}
// ---- end library ----

def engine = new DiscountEngine(discounts: [
        new Discount(code: "WELCOME5", pct: 5),
        new Discount(code: "SPEND50", pct: 10, minSpend: 50),
        new Discount(code: "SPEND200", pct: 15, minSpend: 200)
])

def carts = execution.getVariable("cartTotals")
carts.each { total ->
    BigDecimal t = total as BigDecimal
    def d = engine.best(t)
    println "${t}: best ${d}, saves ${d ? percentOf(t, d.pct) : 0}"
}
println "roundMoney: ${roundMoney(2.345)} ${roundMoney(-2.345)}"

execution.setVariable("bestCodes", carts.collect { engine.best(it as BigDecimal)?.code })
customMetricService.upsertMetric("discount_checks", carts.size().toString())

def finalPrice = engine.apply(carts[0] as BigDecimal)
println "final: ${finalPrice}"

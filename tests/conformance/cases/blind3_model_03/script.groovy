// Value objects used as map keys and in sets: equals/hashCode, toString, static factories
class Money {
    final BigDecimal amount
    final String currency

    private Money(BigDecimal amount, String currency) {
        this.amount = amount.setScale(2, BigDecimal.ROUND_HALF_EVEN)
        this.currency = currency
    }

    static Money of(amount, String currency) { new Money(amount as BigDecimal, currency.toUpperCase()) }
    static Money zero(String currency) { of(0, currency) }

    Money plus(Money other) {
        if (other.currency != currency) throw new IllegalStateException("currency mismatch ${currency}/${other.currency}")
        new Money(amount + other.amount, currency)
    }
    Money multiply(Number n) { new Money(amount * n, currency) }

    boolean equals(Object o) {
        if (!(o instanceof Money)) return false
        amount.compareTo(o.amount) == 0 && currency == o.currency
    }
    int hashCode() { Objects.hash(amount.stripTrailingZeros(), currency) }
    String toString() { "${currency} ${amount}" }
}

class Sku {
    String code
    String size
    boolean equals(Object o) { o instanceof Sku && code == o.code && size == o.size }
    int hashCode() { (code + '/' + size).hashCode() }
    String toString() { "$code-$size" }
}

def lines = execution.getVariable('basket')
def totals = [:]
lines.each { l ->
    def price = Money.of(l.price, l.ccy)
    def key = new Sku(code: l.code, size: l.size)
    totals[key] = (totals[key] ?: Money.zero(l.ccy)) + price * l.qty
}
totals.each { k, v -> println "$k => $v" }
println "distinct skus: ${totals.size()}"
def grand = totals.values().inject(Money.zero('EUR')) { a, b -> a + b }
println "grand total: $grand"
execution.setVariable('basketTotal', grand.toString())

def set = [Money.of(1.5, 'eur'), Money.of(1.50, 'EUR'), Money.of('1.500', 'EUR'), Money.of(2, 'EUR')] as Set
println "set size: ${set.size()} -> $set"
println "equal: ${Money.of(3, 'EUR') == Money.of(3.00, 'EUR')} contains: ${set.contains(Money.of(2.0, 'EUR'))}"
try {
    Money.of(1, 'EUR') + Money.of(1, 'USD')
} catch (IllegalStateException e) {
    println "error: ${e.message}"
    log.warn(e.message)
}
customMetricService.upsertMetric('basket_total', grand.amount.toPlainString())
def counts = lines.countBy { new Sku(code: it.code, size: it.size) }
println "counts: $counts"
println "unique: ${lines.collect { new Sku(code: it.code, size: it.size) }.unique()}"

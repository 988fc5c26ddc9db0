import groovy.transform.ToString
import groovy.transform.EqualsAndHashCode

// Order lines with value semantics, Comparable and operator overloading
@ToString(includeNames = true)
@EqualsAndHashCode
class Money implements Comparable<Money> {
    final BigDecimal amount
    final String currency
    Money(BigDecimal amount, String currency) {
        this.amount = amount.setScale(2, BigDecimal.ROUND_HALF_UP)
        this.currency = currency
    }
    Money plus(Money o) {
        if (o.currency != currency) throw new IllegalArgumentException("currency mismatch ${currency}/${o.currency}")
        new Money(amount + o.amount, currency)
    }
    Money multiply(Number n) { new Money(amount * n, currency) }
    int compareTo(Money o) { amount <=> o.amount }
}

@ToString
class Line {
    String sku
    int qty
    Money unit
    Money getTotal() { unit * qty }
}

def raw = execution.getVariable('lines')
def lines = raw.collect { new Line(sku: it.sku, qty: it.qty, unit: new Money(it.price as BigDecimal, 'EUR')) }

lines.each { println "${it.sku.padRight(6)} x${it.qty} = ${it.total.amount}" }
Money total = lines*.total.inject { a, b -> a + b }
println "total: ${total}"
println "max line: ${lines.max { it.total }.sku}, min line: ${lines.min { it.total }.sku}"
println "sorted: ${lines.sort(false) { it.total }*.sku}"

def a = new Money(10.005, 'EUR')
def b = new Money(10.01, 'EUR')
println "a == b: ${a == b}, same hash: ${a.hashCode() == b.hashCode()}, compare: ${a <=> b}"
println "set size: ${([a, b, new Money(3, 'EUR')] as Set).size()}"
println lines[0]

execution.setVariable('orderTotal', total.amount)
execution.setVariable('orderCurrency', total.currency)
customMetricService.upsertMetric('order_total', total.amount.toPlainString())
log.info("order total ${total.amount} ${total.currency}")

def refund = new Money(5, 'USD')
try {
    println "refund: ${total + refund}"
} catch (IllegalArgumentException e) {
    println "refund rejected: ${e.message}"
}

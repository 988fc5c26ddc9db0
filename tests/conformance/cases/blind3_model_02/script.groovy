// Payment methods: interface, abstract base class, inheritance and polymorphic fees
interface FeePolicy {
    BigDecimal feeFor(BigDecimal amount)
}

abstract class PaymentMethod implements FeePolicy {
    String label
    protected List<String> audit = []

    PaymentMethod(String label) { this.label = label }

    abstract String kind()

    BigDecimal charge(BigDecimal amount) {
        def fee = feeFor(amount).setScale(2, BigDecimal.ROUND_HALF_UP)
        audit << "${kind()}:${amount}+${fee}".toString()
        amount + fee
    }

    String toString() { "${kind()}(${label})" }
}

class Card extends PaymentMethod {
    String last4
    Card(String label, String last4) { super(label); this.last4 = last4 }
    String kind() { 'card' }
    BigDecimal feeFor(BigDecimal amount) { amount * 0.015 + 0.25 }
    String toString() { super.toString() + " ****${last4}" }
}

class Wallet extends PaymentMethod {
    Wallet(String label) { super(label) }
    String kind() { 'wallet' }
    BigDecimal feeFor(BigDecimal amount) { amount > 50 ? 0 : 0.30 }
}

class BankTransfer extends PaymentMethod {
    BankTransfer() { super('SEPA') }
    String kind() { 'transfer' }
    BigDecimal feeFor(BigDecimal amount) { 0 }
    @Override
    BigDecimal charge(BigDecimal amount) {
        if (amount < 10) throw new IllegalArgumentException("transfer minimum is 10, got ${amount}")
        super.charge(amount)
    }
}

def amount = execution.getVariable('amount') as BigDecimal
List<PaymentMethod> methods = [new Card('Visa', '4242'), new Wallet('PayPal'), new BankTransfer()]
def quotes = methods.collectEntries { m -> [(m.toString()): m.charge(amount)] }
quotes.each { k, v -> println "${k.padRight(22)} ${v}" }
def cheapest = methods.min { it.feeFor(amount) }
println "cheapest: $cheapest"
execution.setVariable('cheapestMethod', cheapest.kind())
execution.setVariable('quotes', quotes.collectEntries { k, v -> [(k): v.toString()] })

try {
    new BankTransfer().charge(5)
} catch (IllegalArgumentException e) {
    println "refused: ${e.message}"
}
println methods*.audit.flatten()
println "instanceof: ${methods.collect { it instanceof FeePolicy }} ${methods[0] instanceof PaymentMethod} ${methods[1].getClass().simpleName}"
FeePolicy flat = { BigDecimal a -> 1.00 } as FeePolicy
println "closure policy fee: ${flat.feeFor(100)}"
customMetricService.upsertMetric('payment_cheapest', cheapest.kind())
log.info("quoted ${methods.size()} methods for ${amount}")

def validate(order) {
    if (!order.id) {
        throw new IllegalArgumentException("order has no id")
    }
    println "valid ${order.id}"
}
validate([id: 1])
try {
    validate([:])
} catch (IllegalArgumentException e) {
    println "invalid: ${e.message}"
}
execution.setVariable("status", "failing")
throw new RuntimeException("boom")

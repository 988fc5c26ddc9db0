def validate(Map slots) {
    if (!slots.account) throw new IllegalStateException("missing account")
    if (!(slots.amount instanceof Number)) throw new IllegalArgumentException("amount must be numeric")
    if (slots.amount <= 0) throw new ArithmeticException("amount must be positive")
    return "valid"
}
def inputs = [[account: "A1", amount: 5], [amount: 5], [account: "A1", amount: "5"], [account: "A1", amount: -2]]
inputs.each { slots ->
    try {
        println validate(slots)
    } catch (RuntimeException e) {
        println "${e.class.simpleName}: ${e.message}"
    }
}
validate([:])

// Order of try/catch/finally in the payment step, including returns from finally-guarded methods.
def steps = []

String charge(BigDecimal amount, List steps) {
    try {
        steps << "charge:start"
        if (amount <= 0) throw new IllegalArgumentException("amount must be positive: ${amount}")
        if (amount > 1000) return "NEEDS_APPROVAL"
        steps << "charge:ok"
        return "CHARGED"
    } catch (IllegalArgumentException e) {
        steps << "charge:invalid"
        return "INVALID"
    } finally {
        steps << "charge:finally"
    }
}

int counter() {
    int x = 1
    try {
        return x
    } finally {
        x = 99
    }
}

def amounts = execution.getVariable("amounts")
def outcomes = amounts.collect { charge(it as BigDecimal, steps) }
println "outcomes: ${outcomes}"
println "steps: ${steps}"
println "counter: ${counter()}"

def log2 = []
try {
    log2 << "outer try"
    try {
        log2 << "inner try"
        Integer.parseInt("x1")
    } finally {
        log2 << "inner finally"
    }
} catch (NumberFormatException e) {
    log2 << "outer catch: ${e.message}".toString()
} finally {
    log2 << "outer finally"
}
println log2.join(" > ")

execution.setVariable("paymentOutcomes", outcomes)
customMetricService.upsertMetric("payment_invalid", outcomes.count { it == "INVALID" }.toString())
try {
    execution.setVariable("paymentStatus", outcomes.contains("INVALID") ? "partial" : "ok")
    throw new RuntimeException("ledger unavailable")
} finally {
    log.warn("payment step finished with ${steps.size()} steps")
}

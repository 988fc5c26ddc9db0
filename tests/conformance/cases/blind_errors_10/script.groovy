// Batch processing of refund requests; errors inside closures and class methods.
class RefundProcessor {
    BigDecimal limit
    List<String> processed = []

    BigDecimal process(Map req) {
        if (req.amount == null) throw new IllegalArgumentException("refund ${req.id} has no amount")
        BigDecimal amt = req.amount as BigDecimal
        if (amt > limit) throw new IllegalStateException("refund ${req.id} of ${amt} exceeds limit ${limit}")
        processed << req.id
        return amt
    }
}

def requests = execution.getVariable("refunds")
def proc = new RefundProcessor(limit: execution.getVariable("limit"))

BigDecimal total = 0
def failures = [:]
requests.each { req ->
    try {
        total += proc.process(req)
    } catch (IllegalArgumentException | IllegalStateException e) {
        failures[req.id] = e.message
    }
}
println "processed: ${proc.processed}, total: ${total}"
failures.each { id, msg -> println "failed ${id}: ${msg}" }

String stage = "start"
def result = { ->
    try {
        stage = "working"
        return "from try"
    } finally {
        stage = "cleaned"
    }
}()
println "closure result: ${result}, stage: ${stage}"

def errInEach
try {
    [1, 2, 3].each { n -> if (n == 2) throw new RuntimeException("stopped at ${n}") }
} catch (RuntimeException e) {
    errInEach = e.message
}
println "each aborted: ${errInEach}"

execution.setVariable("refundTotal", total)
execution.setVariable("refundFailures", failures)
customMetricService.upsertMetric("refund_failures", failures.size().toString())

def vip = requests.find { it.vip }
proc.limit = proc.limit / 4
proc.process(vip)

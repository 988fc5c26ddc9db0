// Best-practice wrapper from the docs: try everything, log, expose script_error
def main() {
    def order = execution.getVariable('order')
    log.info("validating order ${order?.id}")
    def lines = order.lines
    def total = 0
    lines.each { l ->
        if (l.qty < 0) throw new IllegalArgumentException("negative qty on ${l.sku}")
        total += l.qty * l.price
    }
    execution.setVariable('orderTotal', total)
    customMetricService.upsertMetric('order_total', total.toString())
    return total
}

def result = null
try {
    result = main()
    execution.setVariable('script_error', null)
} catch (Exception e) {
    log.error(execution, "Script failed: ${e.getMessage()}".toString())
    log.error('stack summary', e)
    execution.setVariable('script_error', e.getMessage())
    customMetricService.upsertMetric('script_failures', ((customMetricService.getMetric('script_failures') ?: '0') as int) + 1 + '')
}
println "result: ${result}"
println "script_error: ${execution.getVariable('script_error')}"
println "failures metric: ${customMetricService.getMetric('script_failures')}"

// second part: the optional gift message
def gift = execution.getVariable('giftMessage')
try {
    if (gift.length() > 20) {
        execution.setVariable('giftMessage', gift.take(20))
    }
} catch (NullPointerException e) {
    log.warn('no gift message')
} finally {
    log.debug('gift check done')
}

def ids = execution.getVariable('relatedOrders') ?: []
ids.each { id ->
    log.info("related order ${id}")
}
println "logged ${ids.size()} related orders"
println "conversation ${execution.conversationId()} process ${execution.getId()}"

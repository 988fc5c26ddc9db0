def orders = execution.getVariable("orders")
def processed = []
orders.each { o ->
    processed << o.id
    execution.setVariable("processed", processed.clone())
    customMetricService.upsertMetric("last_order", o.id)
    log.info("processing ${o.id}")
    if (o.total > 100) {
        transientVariableService.addVariable("flagged", o.id)
    }
    execution.setVariable("sum", (execution.getVariable("sum") ?: 0) + o.total)
}
println "all processed"

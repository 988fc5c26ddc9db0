def orders = transientVariableService.getVariable("orders")
def open = orders.findAll { it.status == "open" }
println "open: ${open*.id}"
def total = open.sum { it.amount }
println "total open: ${total}"
println total.class.simpleName
def byStatus = [:]
orders.each { o ->
    byStatus[o.status] = (byStatus[o.status] ?: 0) + 1
}
println byStatus
def biggest = orders.max { it.amount }
println "biggest: ${biggest.id} ${biggest.amount}"
execution.setVariable("openCount", open.size())
execution.setVariable("openIds", open.collect { it.id })
execution.setVariable("openTotal", total)

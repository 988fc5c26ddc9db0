def orders = [
    "A-1": [status: "shipped", eta: "2 days", items: 2],
    "A-2": [status: "processing", eta: null, items: 1]
]
def orderId = execution.getVariable("orderId")?.trim()?.toUpperCase()
println "looking up ${orderId}"
def order = orders[orderId]
String reply
if (order == null) {
    reply = "I could not find order ${orderId}."
    customMetricService.upsertMetric("lookup", "miss")
} else {
    reply = "Order ${orderId} is ${order.status}" + (order.eta ? ", arriving in ${order.eta}." : ".")
    customMetricService.upsertMetric("lookup", "hit")
}
execution.setVariable("reply", reply)
transientVariableService.addVariable("lastOrder", order)
log.info(reply)
println reply
println reply.getClass().simpleName

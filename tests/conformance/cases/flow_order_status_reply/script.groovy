def orders = execution.getVariable("orders")
def orderId = execution.getVariable("requestedOrder")?.toString()?.trim()?.toUpperCase()
def statusText = [
    PLACED   : "has been placed and is being prepared",
    SHIPPED  : "has shipped",
    DELIVERED: "was delivered",
    DELAYED  : "is delayed",
    CANCELLED: "was cancelled",
]
def formatMoney = { BigDecimal v -> "\$" + v.setScale(2, BigDecimal.ROUND_HALF_UP) }
def describeItems = { List items ->
    def parts = items.collect { it.qty > 1 ? "${it.qty} x ${it.name}" : it.name }
    parts.size() > 1 ? parts[0..-2].join(", ") + " and " + parts[-1] : parts[0]
}
def reply
def order = orders.find { it.id == orderId }
if (!orderId) {
    reply = "Could you tell me your order number?"
} else if (!order) {
    def similar = orders.findAll { it.id.startsWith(orderId.take(3)) }*.id
    reply = "I couldn't find order ${orderId}." + (similar ? " Did you mean ${similar.join(' or ')}?" : "")
} else {
    def total = order.items.sum { it.price * it.qty }
    reply = "Your order ${order.id} (${describeItems(order.items)}, ${formatMoney(total)}) ${statusText[order.status] ?: 'is being processed'}"
    if (order.status == "SHIPPED" && order.tracking) {
        reply += ". Tracking: ${order.tracking}"
    }
    if (order.status == "DELAYED") {
        def days = order.delayDays ?: 1
        reply += " by ${days} day${days == 1 ? '' : 's'}. Sorry about that"
        customMetricService.upsertMetric("delayed_order_asked", "true")
    }
    reply += "."
    execution.setVariable("orderTotal", total)
    execution.setVariable("orderStatus", order.status)
}
println reply
execution.setVariable("reply", reply.toString())
def asked = (transientVariableService.getVariable("ordersAsked") ?: []) + [orderId]
transientVariableService.addVariable("ordersAsked", asked)
println asked
log.info("order lookup ${orderId}: ${order ? order.status : 'not found'}".toString())
println "chars: ${reply.size()}"

// Build the order-status reply and the payload the channel renders as a card.
import groovy.json.JsonOutput

def orders = execution.getVariable("orders") ?: [:]
String orderId = transientVariableService.getVariable("orderId")?.toString()?.toUpperCase()
def order = orderId ? orders[orderId] : null

Map payload
String reply
if (order == null) {
    reply = orderId ? "I couldn't find order ${orderId}." : "Which order do you mean?"
    payload = [type: "text", text: reply]
} else {
    def eta = order.status == "shipped" ? " It should arrive on ${order.eta}." : ""
    reply = "Order ${orderId} is ${order.status}.${eta}"
    payload = [type: "card", title: "Order ${orderId}".toString(), status: order.status,
               items: order.items.collect { [name: it.name, qty: it.qty] }]
}
transientVariableService.addVariable("replyText", reply.toString())
transientVariableService.addVariable("replyPayload", payload)
customMetricService.upsertMetric("order_lookup", order == null ? "miss" : "hit")
JsonOutput.toJson(payload)

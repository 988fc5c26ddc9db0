// Parse the order payload the integration returned and keep what the flow needs (clean).
import groovy.json.JsonSlurper

def payload = transientVariableService.getVariable("orderPayload") ?: '{"items": []}'
def order = new JsonSlurper().parseText(payload)
def total = order.items.sum { it.price * it.quantity } ?: 0
def names = order.items*.name.join(", ")
transientVariableService.addVariable("orderTotal", total)
transientVariableService.addVariable("orderItems", names)
execution.setVariable("hasOrder", !order.items.isEmpty())
total

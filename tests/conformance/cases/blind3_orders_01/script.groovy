import groovy.json.JsonSlurper
import groovy.json.JsonOutput

// Order status lookup: the integration returned raw JSON text; build the chat answer
def raw = execution.getVariable('orderApiResponse')
def order = new JsonSlurper().parseText(raw)

println "order ${order.id} status=${order.status} items=${order.items.size()}"
def total = order.items.sum { it.qty * it.price }
println "total computed ${total} vs declared ${order.total} -> ${total == order.total}"
println "classes: ${order.total.getClass().simpleName} ${order.items[0].qty.getClass().simpleName} ${order.items[0].price.getClass().simpleName}"

def shipping = order.shipping
def eta = shipping?.eta ?: 'unknown'
def carrier = shipping?.carrier?.name ?: 'our courier'
def tracking = shipping?.carrier?.tracking?.find { it.type == 'url' }?.value
println "eta=$eta carrier=$carrier tracking=$tracking"

def lines = order.items.collect { "${it.qty} × ${it.name}${it.options ? ' (' + it.options.collect { k, v -> "$k: $v" }.join(', ') + ')' : ''}" }
def message = "Your order ${order.id} is ${order.status.toLowerCase().replace('_', ' ')}.\n" + lines.join('\n')
println message
execution.setVariable('orderMessage', message)

def summary = [id: order.id, status: order.status, itemCount: order.items*.qty.sum(), eta: eta, gift: order.gift ?: false]
def json = JsonOutput.toJson(summary)
println json
customMetricService.upsertMetric('order_summary', json)
execution.setVariable('orderSummary', summary)
println JsonOutput.prettyPrint(JsonOutput.toJson([carrier: carrier, notes: order.notes, tags: order.tags]))
log.info("order ${order.id} looked up, ${order.items.size()} lines")
def missing = ['id', 'status', 'customer', 'items'].findAll { !order.containsKey(it) }
println "missing keys: $missing"
println "nulls: ${order.findAll { it.value == null }.keySet()}"

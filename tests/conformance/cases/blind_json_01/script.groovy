import groovy.json.JsonSlurper

// Parse the order-status API response stored by the integration task.
String response = execution.getVariable("orderApiResponse")
def json = new JsonSlurper().parseText(response)

println "status: ${json.status}"
println "customer: ${json.customer.name} <${json.customer.email}>"
println "items: ${json.order.items.size()}"

json.order.items.each { item ->
    println " - ${item.sku}: ${item.qty} x ${item.price} (${item.price.getClass().simpleName})"
}

def total = json.order.items.sum { it.qty * it.price }
println "computed total: ${total}, reported: ${json.order.total}"
println "matches: ${total == json.order.total}"

def shipped = json.order.items.findAll { it.shipped }*.sku
def pending = json.order.items.findAll { !it.shipped }*.sku
println "shipped: ${shipped}, pending: ${pending}"

println "tracking: ${json.order.tracking?.carrier ?: 'none'} ${json.order.tracking?.number ?: ''}"
println "missing field: ${json.order.giftMessage}"
println "notes: ${json.order.notes}"
println "flags: ${json.flags}"
println "first flag type: ${json.flags[0].getClass().simpleName}"

String summary = "Order ${json.order.id}: ${shipped.size()} shipped, ${pending.size()} pending"
execution.setVariable("orderSummary", summary)
execution.setVariable("pendingSkus", pending)
execution.setVariable("orderTotal", json.order.total)
customMetricService.upsertMetric("order_status", json.status as String)
log.info(summary)

import groovy.json.JsonSlurper
import groovy.json.JsonOutput

// Parse the order-status API response stored by the integration task
def body = execution.getVariable('orderApiResponse')
def slurper = new JsonSlurper()
def resp = slurper.parseText(body)

println "status=${resp.status} orders=${resp.data.orders.size()}"
def orders = resp.data.orders
orders.each { o ->
    def itemsTotal = o.items.sum { it.qty * it.price }
    println "${o.id} ${o.state.padRight(9)} items=${o.items.size()} total=${itemsTotal} (${itemsTotal.getClass().simpleName}) eta=${o.delivery?.eta ?: 'n/a'}"
}

def open = orders.findAll { it.state != 'DELIVERED' }
def summary = [
    customer : resp.data.customer.name,
    open     : open*.id,
    count    : open.size(),
    gift     : orders.any { it.gift },
    nullField: resp.data.customer.phone,
    ratio    : open.size() / orders.size(),
    tags     : resp.data.customer.tags.sort()
]
String json = JsonOutput.toJson(summary)
println json
println JsonOutput.prettyPrint(JsonOutput.toJson([first: open[0]?.id, flags: [true, false, null], n: 1.50]))

println "types: ${resp.data.customer.score.getClass().simpleName} ${resp.data.customer.visits.getClass().simpleName} ${resp.data.customer.big.getClass().simpleName} ${resp.meta.getClass().simpleName}"
println "unicode: ${resp.data.customer.city} escaped=${JsonOutput.toJson(resp.data.customer.city)}"
println "quote: ${JsonOutput.toJson('say "hi"\n\ttab / slash')}"

execution.setVariable('openOrders', open*.id)
execution.setVariable('orderSummaryJson', json)
customMetricService.upsertMetric('open_orders', JsonOutput.toJson(open*.id))
log.info("order api parsed: ${orders.size()} orders")

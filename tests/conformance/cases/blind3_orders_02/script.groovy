import groovy.json.JsonBuilder
import groovy.json.JsonSlurper

// Build a cart payload for the checkout API with JsonBuilder, from slot values in the state
def cart = transientVariableService.getVariable('cart') ?: []
def customer = execution.getVariable('customer')
def coupon = execution.getVariable('coupon')

def builder = new JsonBuilder()
builder {
    customerId customer.id
    channel 'chat'
    currency 'EUR'
    lines cart.collect { l -> [sku: l.sku, quantity: l.qty, unitPrice: l.price] }
    if (coupon) {
        discount {
            code coupon.toUpperCase()
            stackable false
        }
    }
    address {
        street customer.address.street
        city customer.address.city
        zip customer.address.zip
        country customer.address.country ?: 'FR'
    }
}
def payload = builder.toString()
println payload
execution.setVariable('checkoutPayload', payload)

def back = new JsonSlurper().parseText(payload)
assert back.lines.size() == cart.size()
println "round trip: ${back.lines*.sku} coupon=${back.discount?.code}"
println builder.toPrettyString()

def small = new JsonBuilder([ok: true, count: cart.size(), skus: cart*.sku])
customMetricService.upsertMetric('cart', small.toString())
def content = builder.content
println "content keys: ${content.keySet()}"
def lineTotal = back.lines.sum { it.quantity * it.unitPrice }
println "line total ${lineTotal}"
log.info("checkout payload built: ${payload.length()} chars")

def list = new JsonBuilder()
list(cart) { item ->
    sku item.sku
    label "${item.sku}-${item.qty}"
}
println list.toString()
def withClosure = new JsonBuilder()
withClosure.order(id: 'X1', express: true) {
    note 'call before'
}
println withClosure

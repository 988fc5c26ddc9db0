// Shared cart across sub-flows via the transient store (values > 64 kB go there)
def cart = transientVariableService.getVariable('cart') ?: [items: [], updates: 0]
println "transient has cart: ${transientVariableService.hasVariable('cart')} items: ${cart.items.size()}"

def add = execution.getVariable('addItem')
if (add) {
    def existing = cart.items.find { it.sku == add.sku }
    if (existing) existing.qty += add.qty
    else cart.items << [sku: add.sku, qty: add.qty]
    cart.updates++
}
def returned = transientVariableService.addVariable('cart', cart)
println "addVariable returned same content: ${returned == cart}"

def stored = transientVariableService.getVariable('cart')
println "stored cart: ${stored}"

transientVariableService.addVariables([lastSku: add?.sku, cartSize: cart.items.size(), touchedBy: execution.getId()])
def vars = transientVariableService.getVariables()
println "transient keys: ${vars.keySet().sort()}"

// large blob that must not go into process variables
def blob = (1..2000).collect { "line ${it}: lorem ipsum dolor sit amet" }.join('\n')
println "blob size ${blob.size()} (> 64k: ${blob.size() > 65536})"
if (blob.size() > 60000) {
    transientVariableService.addVariable('transcriptBlob', blob.take(32))
    log.warn("blob kept in transient store (${blob.size()} chars)")
} else {
    execution.setVariable('transcriptBlob', blob.take(32))
}

execution.setVariable('cartItemCount', cart.items.sum(0) { it.qty })
customMetricService.upsertMetric('cart_updates', cart.updates.toString())
log.info("cart now has ${cart.items.size()} lines")

if (execution.getVariable('checkout') == true) {
    transientVariableService.clearVariables()
    println "cleared: ${transientVariableService.getVariables()}"
}

// Shopping conversation: cart kept in the transient store, mutated in place (live reference)
def cart = transientVariableService.getVariable('cart')
if (cart == null) {
    cart = [lines: [], version: 0]
    transientVariableService.addVariable('cart', cart)
}
def command = execution.getVariable('command')   // e.g. "add 2 apples", "remove bananas"
def m = command =~ /(?i)^(add|remove|clear)\s*(\d+)?\s*(\w+)?$/
if (!m.matches()) {
    execution.setVariable('cartReply', "Sorry, I did not get '${command}'".toString())
    println "unparsed: $command"
    return
}
def verb = m.group(1).toLowerCase()
def qty = (m.group(2) ?: '1') as int
def item = m.group(3)?.toLowerCase()?.replaceAll(/s$/, '')

switch (verb) {
    case 'add':
        def line = cart.lines.find { it.item == item }
        if (line) line.qty += qty else cart.lines << [item: item, qty: qty]
        break
    case 'remove':
        cart.lines.removeAll { it.item == item }
        break
    case 'clear':
        cart.lines.clear()
        break
}
cart.version++
println "cart v${cart.version}: ${cart.lines}"
def stored = transientVariableService.getVariable('cart')
println "same instance: ${stored.is(cart)} lines=${stored.lines.size()}"
def reply = cart.lines ? 'You have ' + cart.lines.collect { "${it.qty} ${it.item}${it.qty > 1 ? 's' : ''}" }.join(', ') : 'Your cart is empty'
execution.setVariable('cartReply', reply)
println reply
customMetricService.upsertMetric('cart_items', cart.lines.sum { it.qty }?.toString() ?: '0')
def ops = transientVariableService.getVariable('cartOps') ?: [:]
ops[verb] = (ops[verb] ?: 0) + 1
transientVariableService.addVariable('cartOps', ops)
println "ops: $ops; all transient keys: ${transientVariableService.getVariables().keySet().sort()}"
log.info("cart updated by '${command}'")
println "has cart: ${transientVariableService.hasVariable('cart')} has wishlist: ${transientVariableService.hasVariable('wishlist')}"

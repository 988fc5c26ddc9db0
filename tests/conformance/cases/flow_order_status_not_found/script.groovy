def orders = execution.getVariable("orders")
def rawId = execution.getVariable("requestedOrder")
def normalize = { String s -> s?.replaceAll(/[^A-Za-z0-9]/, "")?.toUpperCase() }
def wanted = normalize(rawId)
println "wanted=${wanted}"
def index = orders.collectEntries { [(normalize(it.id)): it] }
println index.keySet()
def order = index[wanted]
def distance = { String a, String b ->
    def prev = (0..b.size()).toList()
    for (int i = 1; i <= a.size(); i++) {
        def cur = [i]
        for (int j = 1; j <= b.size(); j++) {
            def cost = a[i - 1] == b[j - 1] ? 0 : 1
            cur << [prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost].min()
        }
        prev = cur
    }
    prev[b.size()]
}
def reply
if (order) {
    reply = "Order ${order.id} is ${order.status.toLowerCase()}."
} else {
    def guesses = index.keySet().collect { [id: it, d: distance(wanted, it)] }.sort { a, b -> a.d <=> b.d ?: a.id <=> b.id }
    guesses.each { println "${it.id} d=${it.d}" }
    def close = guesses.findAll { it.d <= 2 }
    if (close.size() == 1) {
        def guess = index[close[0].id]
        reply = "I couldn't find ${rawId}. Did you mean ${guess.id}? It is ${guess.status.toLowerCase()}."
        transientVariableService.addVariable("suggestedOrder", guess.id)
    } else if (close) {
        reply = "I found several similar orders: ${close.collect { index[it.id].id }.join(', ')}."
    } else {
        reply = "I couldn't find ${rawId}."
    }
}
println reply
execution.setVariable("reply", reply.toString())
def misses = (customMetricService.getMetric("order_misses") ?: "0").toInteger()
if (!order) misses++
customMetricService.upsertMetric("order_misses", "${misses}")
log.info("lookup ${wanted} -> ${order ? 'hit' : 'miss'}".toString())
println "misses=${misses}"
println distance("kitten", "sitting")

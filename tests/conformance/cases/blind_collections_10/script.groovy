// Pick the latest order and its first item; some customers have no orders.
def customers = execution.getVariable("customers")

customers.each { c ->
    def orders = c.orders ?: []
    def latest = orders ? orders.max { it.date } : null
    println "${c.name}: ${orders.size()} orders, latest ${latest?.id ?: '-'}"
}

def list = [10, 20, 30]
println "list[5]: ${list[5]}"
println "list[-1]: ${list[-1]}, list[1..2]: ${list[1..2]}, list[-2..-1]: ${list[-2..-1]}"
println "getAt multiple: ${list[0, 2]}"
list[5] = 60
println "after list[5]=60: ${list}"
println "find on empty: ${[].find { it > 1 }}, max on empty: ${[].max()}"
println "first or null: ${[].find()}, head of [1]: ${[1].head()}"

try {
    println([].get(0))
} catch (IndexOutOfBoundsException e) {
    println "get(0) on empty: ${e.getClass().simpleName}"
}
try {
    [1, 2].iterator().with { it.next(); it.next(); it.next() }
} catch (NoSuchElementException e) {
    println "iterator exhausted: ${e.getClass().simpleName}"
}
def cm = [1, 2, 3, 4]
try {
    cm.each { if (it == 2) cm.remove((Object) it) }
} catch (ConcurrentModificationException e) {
    println "concurrent modification: ${e.getClass().simpleName}"
}
println "removeAll with closure: ${cm.removeAll { it % 2 == 0 }} -> ${cm}"
println "removeAt: ${[5, 6, 7].with { remove(0); it }}"

def withOrders = customers.findAll { it.orders }
execution.setVariable("customersWithOrders", withOrders*.name)
customMetricService.upsertMetric("customers_no_orders", (customers.size() - withOrders.size()).toString())

def target = customers.find { it.name == execution.getVariable("focus") }
def firstItem = target.orders.first().items.first()
println "first item: ${firstItem}"

// a realistic script task: route an escalation by intent, entities and history
def intent = 'ORDER_STATUS'
def entities = [[code: 'orderId', value: 'A-1234'], [code: 'email', value: 'ann@example.com']]
def history = ['GREETING', 'ORDER_STATUS', 'ORDER_STATUS']
def slots = entities.collectEntries { [(it.code): it.value] }
def repeated = history.count(intent) > 1
def queue
switch (intent) {
    case ~/ORDER_.*/:
        queue = repeated ? 'orders-priority' : 'orders'
        break
    case 'BILLING':
        queue = 'billing'
        break
    default:
        queue = 'general'
}
def payload = [queue: queue, order: slots.orderId, contact: slots.email?.toLowerCase(),
               attempts: history.findAll { it == intent }.size(), tags: (['vip'] + (repeated ? ['repeat'] : [])) as Set]
println payload
println groovy.json.JsonOutput.toJson(payload)
def summary = new StringBuilder()
payload.each { k, v -> summary << k << '=' << v << '\n' }
print summary
def score = history.withIndex().sum { h, i -> h == intent ? (i + 1) * 0.5 : 0 }
println "score: $score ${score.getClass().simpleName}"
println String.format('%s has %d attempts (%.1f%%)', payload.order, payload.attempts, payload.attempts / history.size() * 100)
def deadline = Date.parse('yyyy-MM-dd', '2024-03-01') + 3
println deadline.format('yyyy-MM-dd EEEE')

// Slot filling state machine over a queue of pending questions
def slots = execution.getVariable('slots') ?: [:]
def required = ['name', 'email', 'date', 'guests', 'notes']
def optional = ['notes'] as Set

def queue = new ArrayDeque(required.findAll { !slots.containsKey(it) })
println "missing: ${queue as List}"

def stack = []
def answers = execution.getVariable('incomingAnswers')
answers.each { ans ->
    def next = queue.poll()
    if (next == null) { println "extra answer ignored: ${ans}"; return }
    if (!ans && next in optional) {
        println "skip optional ${next}"
    } else if (!ans) {
        queue.offerFirst(next)
        println "empty answer for ${next}, asking again"
    } else {
        slots[next] = ans
        stack.push(next)
    }
}
println "filled order: ${stack} pop -> ${stack.pop()} left ${stack}"
println "still missing: ${queue as List} peek: ${queue.peek()}"

def pq = new PriorityQueue<List>(5, { a, b -> a[0] <=> b[0] } as Comparator)
slots.each { k, v -> pq.add([k.size(), k]) }
def drained = []
while (pq) drained << pq.poll()[1]
println "by name length: ${drained}"

def lhm = new LinkedHashMap(slots)
lhm.remove('name')
lhm.put('name', slots.name)
println "reinserted order: ${lhm.keySet()}"
println "sorted keys: ${slots.keySet().sort()} descending values: ${slots.values()*.toString().sort().reverse()}"
println "submap: ${slots.subMap(['email', 'guests'])}"
println "find entry: ${slots.find { k, v -> v.toString().contains('@') }?.key}"
println "map plus: ${[a: 1] + [b: 2, a: 3]} minus: ${[a: 1, b: 2] - [b: 2]}"
println "spread map: ${[*: [x: 1], y: 2]}"

boolean complete = queue.every { it in optional }
execution.setVariable('slots', slots)
execution.setVariable('slotsComplete', complete)
transientVariableService.addVariable('pendingSlots', queue as List)
customMetricService.upsertMetric('slots_missing', queue.size().toString())
log.info("slot state: complete=${complete}")

def first = queue.remove()
println "asking for ${first}"
def again = queue.poll()
println "then: ${again ?: 'nothing left to ask'}"

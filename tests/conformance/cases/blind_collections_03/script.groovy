// Order the callback queue: priority first, then wait time, then name.
def queue = execution.getVariable("callbackQueue")

def sorted = queue.sort(false) { a, b ->
    (a.priority <=> b.priority) ?: (b.waitMin <=> a.waitMin) ?: (a.name <=> b.name)
}
sorted.each { println "${it.priority} ${it.waitMin.toString().padLeft(3)} ${it.name}" }

println "original order kept: ${queue*.name}"

def byName = queue.sort(false) { it.name.toLowerCase() }
println "by name (ci): ${byName*.name}"
def byNameCs = queue*.name.sort(false)
println "by name (cs): ${byNameCs}"

def byWaitDesc = queue.sort(false) { -it.waitMin }
println "by wait desc: ${byWaitDesc*.waitMin}"

Comparator<Map> vipFirst = { a, b -> (b.vip <=> a.vip) } as Comparator
def vip = queue.sort(false, vipFirst)
println "vip first (stable): ${vip*.name}"

def multi = queue.sort(false, new OrderBy([{ it.priority }, { -it.waitMin }]))
println "OrderBy: ${multi*.name}"

def mutated = new ArrayList(queue)
mutated.sort { it.waitMin }
println "mutated sort: ${mutated*.waitMin}"
def reversed = mutated.reverse()
println "reversed: ${reversed*.waitMin}, still: ${mutated*.waitMin}"

def nullsLast = [3, null, 1, null, 2].sort(false) { a, b ->
    a == null ? (b == null ? 0 : 1) : (b == null ? -1 : a <=> b)
}
println "nulls last: ${nullsLast}"
println "default null sort: ${[3, null, 1].sort(false)}"

def top3 = sorted.take(3)*.name
execution.setVariable("nextCallbacks", top3)
execution.setVariable("queueOrder", sorted*.name)
customMetricService.upsertMetric("queue_head", top3.first())
log.info("next callbacks: ${top3}")

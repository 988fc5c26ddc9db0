// Thread.State as plain enum data: constants, valueOf, values, ordering
def states = Thread.State.values()
println states.toList()
println states.collect { it.ordinal() }
println Thread.State.valueOf("BLOCKED").name()
println Thread.State.TIMED_WAITING > Thread.State.WAITING
println([Thread.State.TERMINATED, Thread.State.NEW, Thread.State.RUNNABLE].sort())
println Thread.State.NEW.getClass().name + " " + Thread.State.NEW.getClass().simpleName
println "state: ${Thread.State.RUNNABLE}"
def byName = [:]
states.each { byName[it.name().toLowerCase()] = it }
println byName.keySet()
try {
    Thread.State.valueOf("sleeping")
} catch (IllegalArgumentException e) {
    println e.message
}
println Thread.State.NEW == Thread.State.valueOf("NEW")
println Thread.State.WAITING.compareTo(Thread.State.NEW)
switch (Thread.State.BLOCKED) {
    case Thread.State.NEW: println "new"; break
    case Thread.State.BLOCKED: println "blocked"; break
    default: println "other"
}

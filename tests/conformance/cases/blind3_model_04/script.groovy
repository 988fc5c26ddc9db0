// Dialogue state machine: enum states with abstract-like behaviour through closures, transitions table
enum State {
    START, ASK_NAME, ASK_DATE, CONFIRM, DONE, HANDOVER

    boolean isTerminal() { this in [DONE, HANDOVER] }
}

class Transition {
    State from
    String event
    State to
    Closure guard = { ctx -> true }
    String toString() { "${from} --${event}--> ${to}" }
}

class Machine {
    State current = State.START
    List<Transition> table = []
    List<String> trace = []
    Map ctx = [:]

    Machine on(State from, String event, State to, Closure guard = null) {
        def t = new Transition(from: from, event: event, to: to)
        if (guard) t.guard = guard
        table << t
        this
    }

    boolean fire(String event) {
        def t = table.find { it.from == current && it.event == event && it.guard(ctx) }
        if (!t) {
            trace << "ignored ${event} in ${current}".toString()
            return false
        }
        trace << t.toString()
        current = t.to
        true
    }
}

def m = new Machine()
m.on(State.START, 'greet', State.ASK_NAME)
 .on(State.ASK_NAME, 'name', State.ASK_DATE) { c -> c.name }
 .on(State.ASK_NAME, 'name', State.HANDOVER) { c -> c.attempts > 2 }
 .on(State.ASK_DATE, 'date', State.CONFIRM)
 .on(State.CONFIRM, 'yes', State.DONE)
 .on(State.CONFIRM, 'no', State.ASK_DATE)

def events = execution.getVariable('events')
events.each { e ->
    if (e.startsWith('name:')) {
        m.ctx.attempts = (m.ctx.attempts ?: 0) + 1
        def n = e.substring(5).trim()
        if (n) m.ctx.name = n
        m.fire('name')
    } else {
        m.fire(e)
    }
    if (m.current.terminal) return
}
m.trace.each { println it }
println "final: ${m.current} terminal=${m.current.terminal} ctx=${m.ctx}"
execution.setVariable('dialogState', m.current.name())
execution.setVariable('dialogTrace', m.trace)
customMetricService.upsertMetric('dialog_steps', m.trace.size().toString())
log.info("machine ended in ${m.current}")
println State.values().findAll { it.terminal }
println m.table.groupBy { it.from }.collectEntries { k, v -> [(k): v*.event] }

// ---- library: order state machine ----
enum OrderState { NEW, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, RETURNED }

class OrderMachine {
    static final Map<OrderState, Map<String, OrderState>> TRANSITIONS = [
            (OrderState.NEW)      : [pay: OrderState.PAID, cancel: OrderState.CANCELLED],
            (OrderState.PAID)     : [pack: OrderState.PACKED, cancel: OrderState.CANCELLED],
            (OrderState.PACKED)   : [ship: OrderState.SHIPPED],
            (OrderState.SHIPPED)  : [deliver: OrderState.DELIVERED],
            (OrderState.DELIVERED): [return: OrderState.RETURNED]
    ]

    OrderState state = OrderState.NEW
    List<String> log = []

    boolean fire(String event) {
        OrderState next = TRANSITIONS[state]?.get(event)
        if (next == null) {
            log << "${state}: '${event}' ignored".toString()
            return false
        }
        log << "${state} -${event}-> ${next}".toString()
        state = next
        return true
    }

    List<String> allowed() { (TRANSITIONS[state] ?: [:]).keySet() as List }

    boolean isFinal() { allowed().isEmpty() }
}
// ---- end library ----

def events = execution.getVariable("events")
def m = new OrderMachine()
events.each { e ->
    boolean ok = m.fire(e)
    println "${e.padRight(8)} ${ok ? 'ok' : 'IGNORED'} -> ${m.state} (allowed: ${m.allowed()})"
}
m.log.each { println "  ${it}" }
println "final? ${m.final}, state ordinal ${m.state.ordinal()}"
println "reachable from PAID: ${OrderMachine.TRANSITIONS[OrderState.PAID].values()}"
println "states with no exits: ${OrderState.values().findAll { !OrderMachine.TRANSITIONS.containsKey(it) }}"

execution.setVariable("orderState", m.state.name())
execution.setVariable("orderLog", m.log)
customMetricService.upsertMetric("order_state", m.state.toString())

OrderState requested = OrderState.valueOf(execution.getVariable("forceState"))
m.state = requested
println "forced to ${m.state}, allowed ${m.allowed()}"

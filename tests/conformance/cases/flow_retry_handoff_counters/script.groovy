def MAX_RETRIES = 2
def MAX_NOMATCH_TOTAL = 4
def state = transientVariableService.getVariable("dialogState") ?: [retries: [:], nomatchTotal: 0, handoff: false, trail: []]
def events = execution.getVariable("events")
def decide = { Map st, Map ev ->
    def step = ev.step
    if (ev.type == "match") {
        st.retries.remove(step)
        st.trail << "${step}:ok"
        return "next"
    }
    st.nomatchTotal++
    st.retries[step] = (st.retries[step] ?: 0) + 1
    st.trail << "${step}:miss${st.retries[step]}"
    if (st.retries[step] > MAX_RETRIES || st.nomatchTotal >= MAX_NOMATCH_TOTAL) {
        st.handoff = true
        return "handoff"
    }
    return st.retries[step] == MAX_RETRIES ? "reprompt_with_help" : "reprompt"
}
def actions = []
for (ev in events) {
    def action = decide(state, ev)
    actions << action
    println "${ev.step.padRight(8)} ${ev.type.padRight(7)} -> ${action}"
    if (action == "handoff") {
        println "handing off after ${state.nomatchTotal} misses"
        break
    }
}
println "trail: ${state.trail.join(' > ')}"
println "open retries: ${state.retries}"
transientVariableService.addVariable("dialogState", state)
execution.setVariable("handoff", state.handoff)
execution.setVariable("lastAction", actions.last())
customMetricService.upsertMetric("nomatch_total", state.nomatchTotal as String)
customMetricService.upsertMetric("handoff", String.valueOf(state.handoff))
if (state.handoff) {
    def reason = state.retries.find { it.value > MAX_RETRIES }?.key ?: "too_many_nomatch"
    execution.setVariable("handoffReason", reason)
    log.warn(execution, "handoff: ${reason}".toString())
} else {
    log.info("dialog continues")
}
println actions.countBy { it }

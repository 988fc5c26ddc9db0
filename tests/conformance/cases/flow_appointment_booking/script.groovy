def slots = execution.getVariable("availableSlots")
def request = execution.getVariable("request")
def toMinutes = { String hhmm -> def (h, m) = hhmm.tokenize(":")*.toInteger(); h * 60 + m }
def fmt = { int mins -> "${(mins.intdiv(60)).toString().padLeft(2, '0')}:${(mins % 60).toString().padLeft(2, '0')}" }
def dayOrder = ["mon", "tue", "wed", "thu", "fri"]
def wantedDays = request.days ? request.days*.toLowerCase() : dayOrder
def after = request.after ? toMinutes(request.after) : 0
def before = request.before ? toMinutes(request.before) : 24 * 60
println "window ${fmt(after)}-${fmt(before)} on ${wantedDays}"
def candidates = []
slots.each { day, times ->
    if (!(day in wantedDays)) return
    times.each { t ->
        def start = toMinutes(t)
        def end = start + request.duration
        if (start >= after && end <= before) {
            candidates << [day: day, start: start, end: end]
        }
    }
}
candidates.sort { a, b -> dayOrder.indexOf(a.day) <=> dayOrder.indexOf(b.day) ?: a.start <=> b.start }
println "found ${candidates.size()} candidates"
candidates.each { println "  ${it.day} ${fmt(it.start)}-${fmt(it.end)}" }
def offer = candidates.take(3).collect { "${it.day.capitalize()} ${fmt(it.start)}" }
def prompt
switch (offer.size()) {
    case 0:
        prompt = "Sorry, nothing is free in that window. Want me to check next week?"
        break
    case 1:
        prompt = "I can offer ${offer[0]}. Shall I book it?"
        break
    default:
        prompt = "I can offer ${offer[0..-2].join(', ')} or ${offer[-1]}. Which works best?"
}
println prompt
execution.setVariable("offeredSlots", offer*.toString())
execution.setVariable("prompt", prompt.toString())
transientVariableService.addVariable("candidateCount", candidates.size())
customMetricService.upsertMetric("booking_offers", offer.size().toString())
if (!offer) log.warn("no availability for ${request}".toString())

// Slot filling for a flight search across turns; merges new entities into stored slots
def stored = transientVariableService.getVariable('flightSlots') ?: [:]
def newEntities = execution.getVariable('entities') ?: [:]
def required = ['origin', 'destination', 'date', 'passengers']
def aliases = [NYC: 'JFK', PAR: 'CDG', LON: 'LHR', 'new york': 'JFK', paris: 'CDG', london: 'LHR']

newEntities.each { k, v ->
    if (v == null) return
    def value = v instanceof String ? v.trim() : v
    if (k in ['origin', 'destination']) value = aliases[value] ?: aliases[value.toLowerCase()] ?: value.toUpperCase()
    if (k == 'passengers') value = value as int
    if (stored[k] != value) {
        println "slot ${k}: ${stored[k]} -> ${value}"
        stored[k] = value
    }
}
if (stored.origin && stored.origin == stored.destination) {
    println 'origin equals destination, clearing destination'
    stored.remove('destination')
}
transientVariableService.addVariable('flightSlots', stored)

def missing = required.findAll { !stored.containsKey(it) }
execution.setVariable('missingSlots', missing)
def prompts = [origin: 'Where are you flying from?', destination: 'Where to?', date: 'When do you want to leave?', passengers: 'How many passengers?']
if (missing) {
    execution.setVariable('prompt', prompts[missing[0]])
    println "ask: ${prompts[missing[0]]}"
} else {
    def summary = "${stored.passengers} pax ${stored.origin}→${stored.destination} on ${stored.date}"
    execution.setVariable('searchSummary', summary)
    println "search: $summary"
}
def filled = required.size() - missing.size()
customMetricService.upsertMetric('slots_filled', "${filled}/${required.size()}".toString())
def askedCount = (transientVariableService.getVariable('promptsAsked') ?: 0) + (missing ? 1 : 0)
transientVariableService.addVariable('promptsAsked', askedCount)
println "prompts asked so far: $askedCount, stored=${stored.sort()}"
log.info("flight slots: ${stored.keySet().sort()}")

// Slot extraction from free text: quantities, sizes, colours with spelling variants
def utterance = execution.getVariable('response') ?: ''
def norm = utterance.toLowerCase()
    .replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    .replaceAll(/[éèêë]/, 'e').replaceAll(/[àâ]/, 'a')
println norm

def numberWords = [one: 1, two: 2, three: 3, four: 4, five: 5, un: 1, deux: 2, trois: 3, eins: 1, zwei: 2, drei: 3]
def qty = null
def mNum = norm =~ /\b(\d+)\s*(x|pcs|stueck|pieces)?\b/
if (mNum.find()) {
    qty = mNum.group(1).toInteger()
} else {
    qty = norm.split(/\s+/).findResult { numberWords[it] }
}
def colours = [red: ['red', 'rouge', 'rot'], blue: ['blue', 'bleu', 'blau'], white: ['white', 'blanc', 'blanche', 'weiss']]
def colour = colours.find { k, v -> v.any { norm.contains(it) } }?.key
def size = (norm =~ /\b(xs|s|m|l|xl|xxl)\b/).with { it.find() ? it.group(1).toUpperCase() : null }

def slots = [quantity: qty, colour: colour, size: size]
println "slots: $slots"
def missing = slots.findAll { it.value == null }.collect { it.key }
execution.setVariable('slots', slots)
execution.setVariable('missingSlots', missing)
if (missing) {
    def prompt = "Could you tell me the ${missing.join(' and ')}?"
    execution.setVariable('prompt', prompt)
    println prompt
} else {
    println "Order: ${qty} x ${colour} (${size})"
}
customMetricService.upsertMetric('slots_filled', "${3 - missing.size()}/3")
log.info("slot fill ${slots.findAll { it.value != null }.keySet()}")
def summary = slots.collect { k, v -> "${k}=${v ?: '?'}" }.join('; ')
println summary.padRight(40, '.') + '|'

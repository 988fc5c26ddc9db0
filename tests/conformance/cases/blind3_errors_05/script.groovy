// Validation errors collected into a hierarchy of custom exceptions, message formatting and finally
abstract class FlowError extends Exception {
    FlowError(String msg) { super(msg) }
    abstract String userMessage()
}
class SlotMissing extends FlowError {
    String slot
    SlotMissing(String slot) { super("slot ${slot} missing".toString()); this.slot = slot }
    String userMessage() { "Could you give me your ${slot.replace('_', ' ')}?" }
}
class SlotInvalid extends FlowError {
    String slot; def value
    SlotInvalid(String slot, value) { super("slot ${slot} invalid: ${value}".toString()); this.slot = slot; this.value = value }
    String userMessage() { "Sorry, '${value}' is not a valid ${slot.replace('_', ' ')}." }
}

def slots = execution.getVariable('slots')
def spec = [
    account_number: { v -> v ==~ /\d{8}/ },
    sort_code     : { v -> v ==~ /\d{2}-\d{2}-\d{2}/ },
    amount        : { v -> v.toString().isBigDecimal() && v.toString().toBigDecimal() > 0 },
    reference     : { v -> v.size() <= 18 },
]

def errors = []
def cleanups = 0
spec.each { name, check ->
    try {
        def v = slots[name]
        if (v == null || v.toString().trim().isEmpty()) throw new SlotMissing(name)
        if (!check(v)) throw new SlotInvalid(name, v)
    } catch (FlowError fe) {
        errors << fe
    } finally {
        cleanups++
    }
}
println "cleanups: $cleanups"
errors.each { println "${it.class.simpleName}: ${it.message} -> ${it.userMessage()}" }
def first = errors ? errors.first() : null
execution.setVariable('prompt', first?.userMessage() ?: 'Thanks, sending the transfer now.')
execution.setVariable('errorSlots', errors.collect { it.slot })
customMetricService.upsertMetric('slot_errors', errors.size().toString())
def kinds = errors.groupBy { it.getClass().simpleName }.collectEntries { k, v -> [(k): v.size()] }
println kinds
log.info("validation finished: ${kinds}")
try {
    throw errors.find { it instanceof SlotInvalid } ?: new SlotMissing('none')
} catch (SlotInvalid si) {
    println "rethrown invalid ${si.slot}=${si.value}"
} catch (FlowError fe) {
    println "rethrown other ${fe.message}"
}

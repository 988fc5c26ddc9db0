// ---- library: slot validation utilities ----
class SlotValidators {
    static final Map<String, Closure<String>> RULES = [
            email   : { String v -> v ==~ /[^@\s]+@[^@\s]+\.\w+/ ? null : "Please give a valid email address." },
            zip     : { String v -> v ==~ /\d{5}(-\d{4})?/ ? null : "A ZIP code has 5 digits." },
            quantity: { String v -> v.isInteger() && v.toInteger() in 1..99 ? null : "Choose between 1 and 99." },
            date    : { String v -> v ==~ /\d{4}-\d{2}-\d{2}/ ? null : "Use the format YYYY-MM-DD." }
    ].asImmutable()

    static String check(String slot, String value) {
        if (value == null || value.trim().isEmpty()) return "I didn't catch your ${slot}."
        Closure<String> rule = RULES[slot]
        return rule ? rule.call(value.trim()) : null
    }

    static Map<String, String> checkAll(Map<String, String> values) {
        values.collectEntries { k, v -> [(k): check(k, v)] }.findAll { it.value != null }
    }
}
// ---- end library ----

Map slots = transientVariableService.getVariable("slots")
def problems = SlotValidators.checkAll(slots)

slots.each { k, v -> println "${k} = '${v}' -> ${problems[k] ?: 'ok'}" }

String nextPrompt = problems ? problems.values().first() : "Thanks, I have everything I need."
println "prompt: ${nextPrompt}"
println "known slots: ${SlotValidators.RULES.keySet()}"
println "check unknown slot: ${SlotValidators.check('colour', 'red')}"

try {
    SlotValidators.RULES.put("phone", { null })
} catch (UnsupportedOperationException e) {
    println "rules are immutable"
}

transientVariableService.addVariable("slotProblems", problems)
execution.setVariable("nextPrompt", nextPrompt)
execution.setVariable("slotsComplete", problems.isEmpty())
customMetricService.upsertMetric("slot_problems", problems.size().toString())
if (problems.size() > 2) log.warn("many slot problems: ${problems.keySet()}")

// Validate slot values captured during the conversation.
def slots = execution.getVariable("slots")

def rules = [
        email   : /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
        ukPost  : /(?i)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/,
        usPhone : /\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}/,
        policy  : /POL-\d{4}-[A-Z]{3}/,
        yesNo   : /(?i)y(es)?|no?|yeah|nope/
]

def results = [:]
slots.each { String name, String value ->
    def rule = rules[name]
    if (rule == null) {
        println "${name}: no rule"
        return
    }
    boolean ok = value ==~ rule
    results[name] = ok
    println "${name.padRight(8)} ${value.padRight(26)} ${ok ? 'VALID' : 'invalid'}"
}

// ==~ is a full match; =~ finds anywhere
String sentence = "contact me: a@b.io thanks"
println "full match: ${sentence ==~ rules.email}, find: ${(sentence =~ rules.email).find()}"

def yesAnswers = ["Yes", "y", "YEAH", "yep", "no", "N", "nah"]
println "yes/no: " + yesAnswers.collect { it ==~ rules.yesNo }

println "String.matches: ${'POL-2024-ABC'.matches(rules.policy)}"
println "grep: ${['a1', 'bb', 'c3', '44'].grep(~/.\d/)}"

def valid = results.findAll { it.value }.keySet()
def invalid = results.findAll { !it.value }.keySet()
execution.setVariable("validSlots", valid.toList())
execution.setVariable("invalidSlots", invalid.toList())
customMetricService.upsertMetric("invalid_slots", invalid.size().toString())
if (invalid) {
    log.warn("invalid slots: ${invalid.join(', ')}")
}

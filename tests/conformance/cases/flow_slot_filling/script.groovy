def required = ["name", "email", "orderId"]
def slots = execution.getVariable("slots") ?: [:]
def missing = required.findAll { !slots[it] }
println "missing: ${missing}"
if (missing) {
    def first = missing[0]
    def prompts = [name: "What is your name?", email: "What is your email?", orderId: "Which order?"]
    execution.setVariable("nextPrompt", prompts[first])
    execution.setVariable("missingCount", missing.size())
    log.info("asking for ${first}")
} else {
    execution.setVariable("nextPrompt", null)
    log.info("all slots filled")
}
slots.each { k, v -> println "${k.padRight(8)}|${v}" }
println execution.getVariable("nextPrompt")

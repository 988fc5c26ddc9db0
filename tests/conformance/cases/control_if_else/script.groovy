def classify(score) {
    if (score == null) {
        return "unknown"
    } else if (score >= 0.9) {
        return "excellent"
    } else if (score >= 0.5) {
        "ok"
    } else {
        "poor"
    }
}
[0.95, 0.5, 0.2, null, 1].each { println "${it} -> ${classify(it)}" }
def intent = execution.getVariable("intent")
def route = intent == "billing" ? "billing_queue" : "general_queue"
println route
def lang = execution.getVariable("lang") ?: "en"
println lang
def channel = execution.getVariable("channel") ?: execution.getVariable("fallbackChannel") ?: "chat"
println channel
if (intent) println "has intent"
if (!execution.getVariable("lang")) println "no lang"
def x = 5
if (x > 3 && x < 10 || x == 42) { println "in range" }
println(!true)
println(x > 3 ? x < 4 ? "a" : "b" : "c")

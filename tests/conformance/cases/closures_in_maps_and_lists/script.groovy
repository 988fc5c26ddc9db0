def handlers = [
    greeting: { name -> "Welcome ${name}" },
    order   : { name -> "Checking orders for ${name}" },
    fallback: { name -> "Sorry ${name}, I did not get that" },
]
def intents = ["greeting", "order", "unknown"]
intents.each { intent ->
    def h = handlers[intent] ?: handlers.fallback
    println h("Ana")
}
println handlers.greeting("Bob")
println handlers["order"].call("Cy")
def pipeline = [{ it.trim() }, { it.toLowerCase() }, { it.replaceAll(/\s+/, "_") }]
def result = pipeline.inject("  Track My  Order ") { acc, f -> f(acc) }
println result
println pipeline.size()

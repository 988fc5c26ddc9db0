// Tokenise and classify user commands from a text channel.
def commands = execution.getVariable("commands")

String classify(String cmd) {
    switch (cmd.trim().toLowerCase()) {
        case ~/^(hi|hello|hey)\b.*/: return "greeting"
        case ~/.*\b(cancel|stop|quit)\b.*/: return "cancel"
        case ~/^\d+$/: return "number"
        case ~/.*\?$/: return "question"
        case ~/^[a-z]+\s*=\s*.+$/: return "assignment"
        default: return "other"
    }
}

commands.each { String c ->
    println "'${c}' -> ${classify(c)}"
}

String csv = "name, age ,, city,  ,country"
println "split: ${csv.split(/\s*,\s*/).toList()}"
println "split keep empties: ${csv.split(/,/, -1).collect { it.trim() }}"
println "tokenize: ${csv.tokenize(',').collect { it.trim() }}"
println "split on pipe: ${'a|b||c'.split('\\|').toList()}"
println "split on dot: ${'1.2.3'.split('.').length} vs ${'1.2.3'.split(/\./).length}"

def kv = "size = M ; colour=red;qty= 2"
def parsed = kv.split(/\s*;\s*/).collectEntries { pair ->
    def (k, v) = pair.split(/\s*=\s*/, 2)
    [(k): v]
}
println "pairs: ${parsed}"

def pattern = ~/(\d+)\s*x\s*(\w+)/
def order = "2 x apple, 10x pear, 1 x fig"
def items = (order =~ pattern).collect { [qty: it[1] as int, item: it[2]] }
println "items: ${items}"
println "pattern class: ${pattern.getClass().simpleName}"

execution.setVariable("commandTypes", commands.collect { classify(it) })
execution.setVariable("orderItems", items.collect { "${it.qty}:${it.item}".toString() })
customMetricService.upsertMetric("cancel_requested", commands.any { classify(it) == "cancel" }.toString())

def raw = execution.getVariable("rawSlots")
def normalizers = [
    phone   : { String v -> def d = v.replaceAll(/\D/, ""); d.size() == 10 ? "(${d[0..2]}) ${d[3..5]}-${d[6..9]}" : null },
    email   : { String v -> def e = v.trim().toLowerCase(); e ==~ /[\w.+-]+@[\w-]+\.[\w.]+/ ? e : null },
    date    : { String v ->
        def m = v =~ /(\d{1,2})\/(\d{1,2})\/(\d{4})/
        m ? "${m[0][3]}-${m[0][1].padLeft(2, '0')}-${m[0][2].padLeft(2, '0')}" : null
    },
    quantity: { String v ->
        def words = [one: 1, two: 2, three: 3, four: 4, five: 5]
        v.isInteger() ? v.toInteger() : words[v.trim().toLowerCase()]
    },
    yesno   : { String v -> def t = v.trim().toLowerCase(); t in ["yes", "y", "sure", "yep"] ? true : t in ["no", "n", "nope"] ? false : null },
    name    : { String v -> v.trim().split(/\s+/).collect { it.toLowerCase().capitalize() }.join(" ") },
]
def clean = [:]
def invalid = []
raw.each { slot, value ->
    def fn = normalizers[slot]
    if (fn == null) {
        println "no normalizer for ${slot}"
        return
    }
    def result = fn(value.toString())
    if (result == null) {
        invalid << slot
        println "invalid ${slot}: '${value}'"
    } else {
        clean[slot] = result
        println "${slot}: '${value}' -> ${result}"
    }
}
println clean
println "invalid=${invalid}"
def required = ["name", "phone", "date", "quantity"]
def missing = required.findAll { !clean.containsKey(it) }
println "missing=${missing}"
execution.setVariable("slots", clean.collectEntries { k, v -> [k, v instanceof GString ? v.toString() : v] })
execution.setVariable("missingSlots", missing)
transientVariableService.addVariable("invalidSlots", invalid)
if (missing) {
    def prompt = "Could you give me your ${missing.join(', ')}?"
    execution.setVariable("prompt", prompt)
    println prompt
}
customMetricService.upsertMetric("slots_filled", "${clean.size()}/${required.size()}")

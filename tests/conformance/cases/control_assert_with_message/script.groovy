def slots = [name: "Ana", phone: null]
assert slots.name : "name required"
println "name ok"
try {
    assert slots.phone : "phone required"
} catch (AssertionError e) {
    println "caught ${e.class.simpleName}"
    println e.message.startsWith("phone required")
}
assert slots.size() == 3 : "expected three slots"
println "not reached"

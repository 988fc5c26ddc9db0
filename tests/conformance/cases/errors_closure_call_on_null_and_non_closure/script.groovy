def handlers = [greet: { "hi" }]
println handlers.greet()
try {
    handlers.missing()
} catch (Exception e) {
    println "missing handler: ${e.class.simpleName}"
}
def notAClosure = "text"
try {
    notAClosure()
} catch (Exception e) {
    println "string call: ${e.class.simpleName}"
}
def cb = null
println cb?.call()
cb()

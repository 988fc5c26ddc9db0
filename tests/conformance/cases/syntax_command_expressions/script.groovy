def name = "Ola"
println name
println "hello " + name
log.info "greeted ${name}"
log.warn name
def add(a, b) { a + b }
println add(1, 2)
def result = add 3, 4
println result
print "no newline"
print "\n"
println()
transientVariableService.addVariable "lastGreeted", name
customMetricService.upsertMetric "greetings", "1"
println transientVariableService.getVariable("lastGreeted")
[1, 2].each { println it }

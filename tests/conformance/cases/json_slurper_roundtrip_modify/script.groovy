import groovy.json.JsonOutput
import groovy.json.JsonSlurper
def incoming = '{"attempts":1,"history":["greet"],"intent":"order"}'
def state = new JsonSlurper().parseText(incoming)
state.attempts += 1
state.history << "ask_order_id"
state.resolved = false
def outgoing = JsonOutput.toJson(state)
println outgoing
def again = new JsonSlurper().parseText(outgoing)
println again.attempts
println again.history.last()
println again == state

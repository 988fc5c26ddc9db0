// Old on-premise script: reads routing rules from a file on the Amelia host.
import groovy.json.JsonSlurper

def rulesFile = new File("/opt/amelia/config/routing.json")
def rules = new JsonSlurper().parse(rulesFile)
def queue = rules[execution.getVariable("intent")] ?: "default"
execution.setVariable("targetQueue", queue)
queue

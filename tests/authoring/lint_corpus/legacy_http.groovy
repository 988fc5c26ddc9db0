// Fetches the opening hours from the intranet and evaluates the formatting rule it returns.
import java.net.URL
import groovy.json.JsonSlurper

def hours = new JsonSlurper().parseText(new URL("http://intranet/hours.json").text)
def template = execution.getVariable("hoursTemplate") ?: '"open ${hours.open}"'
def text = evaluate(template)
transientVariableService.addVariable("openingHours", text)

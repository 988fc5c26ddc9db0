import groovy.json.JsonSlurper
import groovy.json.JsonOutput
def raw = execution.getVariable("apiResponse")
def resp = new JsonSlurper().parseText(raw)
println resp.status
println resp.order.eta
println resp.order.items.collect { "${it.qty}x ${it.name}" }.join(", ")
execution.setVariable("orderStatus", resp.status)
execution.setVariable("itemCount", resp.order.items.sum { it.qty })
customMetricService.upsertMetric("api_status", resp.status)
customMetricService.upsertMetric("api_items", JsonOutput.toJson(resp.order.items*.name))

import groovy.json.JsonBuilder

// Build the payload for the CRM case-creation API.
def customer = execution.getVariable("customer")
def issues = execution.getVariable("issues")

def builder = new JsonBuilder()
builder {
    caseType "COMPLAINT"
    priority issues.size() > 2 ? "HIGH" : "NORMAL"
    contact {
        name customer.name
        email customer.email
        phone customer.phone ?: null
    }
    items issues.collect { i -> [code: i.code, description: i.text.capitalize(), refundable: i.code.startsWith("R")] }
    meta(source: "amelia", conversation: execution.conversationId(), version: 2)
}

println builder.toString()
println builder.toPrettyString()

def content = builder.content
println "content class: ${content.getClass().simpleName}"
println "priority: ${content.priority}"

def list = new JsonBuilder([1, "two", [three: 3]])
println list

def b2 = new JsonBuilder()
b2.response {
    ok true
    count 0
    empty([])
}
println b2

def b3 = new JsonBuilder()
b3(issues) { i ->
    id i.code
    len i.text.length()
}
println b3

execution.setVariable("crmPayload", builder.toString())
customMetricService.upsertMetric("crm_priority", content.priority)

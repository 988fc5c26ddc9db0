import groovy.json.JsonOutput

def payload = [id: 12, name: "Kim", tags: ["vip", "new"], score: 0.5, active: true, note: null]
println JsonOutput.toJson(payload)
println JsonOutput.toJson([1, "two", [three: 3]])
println JsonOutput.toJson("quote \" and newline \n")
println JsonOutput.toJson([:])
println JsonOutput.toJson(2.50)
def json = JsonOutput.toJson([reply: "ok", count: 3])
execution.setVariable("responseJson", json)
println json.getClass().simpleName

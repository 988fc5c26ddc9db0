import groovy.json.JsonOutput
def id = 7
def name = "Ana"
println JsonOutput.toJson("user ${name}")
println JsonOutput.toJson([greeting: "Hello ${name}", id: "${id}"])
println JsonOutput.toJson(["k${id}": "v"])
println JsonOutput.toJson([1: "int key", (2L): "long key"])
println JsonOutput.toJson([list: ["${name}", 'single']])

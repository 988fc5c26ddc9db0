import groovy.json.JsonOutput
def data = [order: [id: 12, lines: [[sku: "A", qty: 2], [sku: "B", qty: 1]]], status: "ok", tags: []]
def compact = JsonOutput.toJson(data)
println JsonOutput.prettyPrint(compact)
println JsonOutput.prettyPrint('{"a":[1,2,{"b":null}],"c":"x y"}')
println JsonOutput.prettyPrint("[]")

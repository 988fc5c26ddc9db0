import groovy.json.JsonBuilder
def lines = [[sku: "A", qty: 1], [sku: "B", qty: 4]]
def b = new JsonBuilder()
b.order {
    id 77
    status "open"
    count lines.size()
    skus lines*.sku
}
println b.toPrettyString()
def arr = new JsonBuilder([1, [2, 3], [k: "v"]])
println arr.toString()
def viaCall = new JsonBuilder()
viaCall([a: 1, b: [c: 2]])
println viaCall

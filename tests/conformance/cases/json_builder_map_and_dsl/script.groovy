import groovy.json.JsonBuilder
def b1 = new JsonBuilder([name: "Ana", tags: ["vip"]])
println b1.toString()
def b2 = new JsonBuilder()
b2 {
    name "ticket"
    items 1, 2, 3
    owner {
        id 5
        team "ops"
    }
}
println b2.toString()
println b2.content.keySet()
println b2.content.owner instanceof Closure
def b3 = new JsonBuilder()
b3.reply {
    text "Your order shipped"
    eta 2
}
println b3

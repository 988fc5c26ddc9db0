class Order {
    String id
    String status
    String toString() { "Order(${id}, ${status})" }
}
def o = new Order(id: "A1", status: "shipped")
println o
println "current: ${o}"
println o.toString()
def orders = [o, new Order(id: "B2", status: "pending")]
println orders
println([latest: o])
println orders.join(" | ")
println String.valueOf(o)

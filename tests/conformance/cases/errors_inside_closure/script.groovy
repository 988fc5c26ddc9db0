def items = [[name: "a", qty: 1], [name: "b"], [name: "c", qty: 3]]
def total = 0
items.each { item ->
    println "adding ${item.name}"
    total += item.qty
}
println total

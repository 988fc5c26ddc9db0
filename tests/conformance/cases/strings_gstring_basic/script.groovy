def name = "Alice"
def order = [id: "A-17", items: 3, total: 25.50]
def count = 2
println "Hello $name"
println "Hello ${name.toUpperCase()}!"
println "Order $order.id has ${order.items} items"
println "Total: ${order.total * count}"
println "Sum: ${1 + 2}, list: ${[1, 2]}, map: ${[a: 1]}"
println "Nothing: ${null}"
println "Name length: ${name.length()}"
def greeting = "Hi ${name}"
println greeting.toString()
println greeting.length()
println "Trailing dot: $name."
println "Dollar at end \$"

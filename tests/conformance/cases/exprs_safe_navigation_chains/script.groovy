def order = [customer: [address: [city: "Lima"]], items: null]
println order?.customer?.address?.city
println order?.shipping?.address?.city
println order.items?.size()
println order.items?.size() ?: 0
def nothing = null
println nothing?.toString()
println nothing?.foo?.bar?.baz
println nothing?.size() == null
def people = [[name: "a", boss: [name: "b"]], [name: "c"]]
println people.collect { it.boss?.name ?: "none" }
def s = null
println s?.trim()?.toUpperCase() ?: "EMPTY"

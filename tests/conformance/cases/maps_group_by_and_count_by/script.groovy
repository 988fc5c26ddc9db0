def events = [
    [user: "ana", type: "click"], [user: "bo", type: "view"],
    [user: "ana", type: "view"], [user: "ana", type: "click"],
]
def byUser = events.groupBy { it.user }
println byUser.keySet()
println byUser.ana.size()
println events.countBy { it.type }
println byUser.collectEntries { k, v -> [k, v.countBy { it.type }] }
def m = [a: 1, b: 2, c: 3, d: 4]
println m.groupBy { k, v -> v % 2 == 0 ? "even" : "odd" }
println m.groupBy { it.value > 2 }

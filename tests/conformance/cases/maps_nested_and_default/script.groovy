def state = [:]
state.slots = [:]
state.slots.city = "Lima"
state.slots.dates = ["mon"]
state.slots.dates << "tue"
println state
def counts = [:].withDefault { 0 }
["a", "b", "a"].each { counts[it]++ }
println counts
println counts.zzz
println counts
def lists = [:].withDefault { [] }
lists.x << 1
lists.y << 2
lists.x << 3
println lists
def deep = [l1: [l2: [l3: "bottom"]]]
println deep.l1.l2.l3
println deep?.l1?.missing?.l3

def tickets = [
    [id: 1, queue: "billing", prio: "high"],
    [id: 2, queue: "tech", prio: "low"],
    [id: 3, queue: "billing", prio: "low"],
    [id: 4, queue: "sales", prio: "high"],
    [id: 5, queue: "billing", prio: "high"],
]
println tickets.countBy { it.queue }
println tickets.groupBy { it.prio }.collectEntries { k, v -> [k, v*.id] }
def nested = tickets.groupBy({ it.queue }, { it.prio })
println nested.billing.high*.id
println nested.keySet()
println tickets.groupBy { it.id % 2 == 0 }.keySet()
println(["apple", "avocado", "banana", "cherry"].groupBy { it[0] })

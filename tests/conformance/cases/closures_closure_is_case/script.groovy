def isVip = { it.tier == "gold" }
def isLate = { it.days > 5 }
def tickets = [[id: 1, tier: "gold", days: 1], [id: 2, tier: "basic", days: 9], [id: 3, tier: "basic", days: 2]]
tickets.each { t ->
    switch (t) {
        case isVip: println "${t.id}: vip"; break
        case isLate: println "${t.id}: late"; break
        default: println "${t.id}: normal"
    }
}
println isVip.isCase([tier: "gold"])
println tickets.grep(isLate)*.id
println([1, 5, 10, 15].grep { it > 4 })

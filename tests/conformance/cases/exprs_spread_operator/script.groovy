def orders = [[id: 1, total: 20, tags: ["a"]], [id: 2, total: 5, tags: []], [id: 3, total: 12, tags: ["b", "c"]]]
println orders*.id
println orders*.total.sum()
println orders*.tags*.size()
println orders.tags
println orders.id
def names = ["ana", null, "bo"]
println names*.toUpperCase()
println names*.size()
def words = ["x", "yy"]
println words*.multiply(2)
def nothing = null
println nothing*.size()

def orders = [[id: 1, status: "open"], [id: 2, status: "closed"], [id: 3, status: "open"]]
println orders.find { it.status == "open" }
println orders.find { it.status == "void" }
println orders.findAll { it.status == "open" }*.id
println orders.findAll { it.status == "void" }
println orders.findIndexOf { it.id == 3 }
println orders.findIndexOf { it.id == 9 }
println orders.findLastIndexOf { it.status == "open" }
println orders.findIndexValues { it.status == "open" }
println([1, null, 0, "", "x", false].findAll())
println(["a", "bb", "ccc"].findResult { it.size() > 1 ? it.toUpperCase() : null })

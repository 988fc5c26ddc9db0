def orders = [[id: 1, lines: [[sku: "A", qty: 2]]], [id: 2, lines: [[sku: "B", qty: 1], [sku: "C", qty: 5]]]]
println orders*.id
println orders.id
println orders*.lines*.size()
println orders.lines.flatten()*.sku
println orders.collectMany { it.lines }.sum { it.qty }
println orders.lines.sku
println orders.lines.sku.flatten()
println orders*.lines*.sku
println(["a", "bb"]*.length())

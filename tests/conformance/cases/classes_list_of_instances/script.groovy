class Line {
    String sku
    int qty
    BigDecimal unit
    BigDecimal getTotal() { unit * qty }
}
def lines = [
    new Line(sku: "A", qty: 2, unit: 2.50),
    new Line(sku: "B", qty: 1, unit: 10.00),
    new Line(sku: "C", qty: 4, unit: 0.99),
]
println lines*.sku
println lines*.total
println lines.collect { it.total }.sum()
println lines.find { it.qty > 3 }.sku
println lines.findAll { it.total > 4 }*.sku
println lines.groupBy { it.qty > 1 ? "multi" : "single" }.collectEntries { k, v -> [k, v*.sku] }
println lines.max { it.total }.sku
println lines.sort { -it.total }*.sku
println lines.sum { it.qty }

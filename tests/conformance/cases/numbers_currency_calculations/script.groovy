def lines = [[price: 19.99, qty: 3], [price: 5.5, qty: 2], [price: 0.333, qty: 3]]
def subtotal = lines.sum { it.price * it.qty }
println subtotal
def tax = subtotal * 0.0825
println tax
def taxR = tax.setScale(2, BigDecimal.ROUND_HALF_UP)
println taxR
def total = subtotal + taxR
println total
println total.setScale(2, BigDecimal.ROUND_HALF_UP)
println String.format("%.2f", total)
def split = (total / 3).setScale(2, BigDecimal.ROUND_DOWN)
println split
println total - split * 3

// Formatting helpers for bot replies (String.format and friends).
def order = execution.getVariable("order")

println String.format("Order %s for %s", order.id, order.customer)
println String.format("Items: %d, weight: %.3f kg, total: %.2f", order.items, order.weight, order.total)
println String.format("Padded: [%6d] [%-6d] [%06d] [%+d] [%(d]", 42, 42, 42, 42, -42)
println String.format("Floats: [%8.2f] [%-8.1f] [%e] [%.0f] [%.0f]", 3.14159, 2.5, 12345.678, 2.5, 3.5)
println String.format("Hex/oct: %x %X %o %08x", 255, 255, 8, 48879)
println String.format("Bool/char: %b %b %b %c", true, null, "x", 'Z' as char)
println String.format("Strings: [%10s] [%-10s] [%.3s] [%S]", "right", "left", "truncate", "upper")
println String.format("Percent: %d%% done", 75)
println String.format("Grouping: %,d %,.2f", 1234567890, 9876543.219)
println String.format(Locale.FRANCE, "French: %,.2f", 9876543.219)
println String.format("Indexed: %2\$s-%1\$s-%2\$s", "a", "b")
println String.format("BigDecimal: %.2f %s", 1.005, 1.005)
println String.format("Null: %s", [null] as Object[])
println "toString radix: ${Integer.toString(255, 2)} ${Long.toString(-255L, 16)}"
println "zero pad via sprintf: ${sprintf('%03d', 7)}"

String money(BigDecimal v) {
    String sign = v < 0 ? "-" : ""
    sign + "\$" + String.format("%,.2f", v.abs())
}
println "money: ${[order.total, -1234.5, 0].collect { money(it as BigDecimal) }}"

try {
    println String.format("%d items", "three")
} catch (IllegalFormatException e) {
    println "format error: ${e.getClass().simpleName}"
}
try {
    println String.format("%s and %s", "one")
} catch (MissingFormatArgumentException e) {
    println "missing arg: ${e.message}"
}

String reply = String.format("Your order %s (%d items, %s) ships in %d days.", order.id, order.items, money(order.total), order.days)
execution.setVariable("reply", reply)
customMetricService.upsertMetric("reply_length", reply.length().toString())
println reply

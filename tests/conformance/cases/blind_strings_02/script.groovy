// Render a plain-text statement table for the SMS/email channel.
def txns = execution.getVariable("transactions")
int w1 = 10, w2 = 22, w3 = 10

String line = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+" + "-" * (w3 + 2) + "+"
String row(String a, String b, String c, int w1, int w2, int w3) {
    "| ${a.padRight(w1)} | ${b.padRight(w2)} | ${c.padLeft(w3)} |"
}

println line
println row("Date", "Description", "Amount", w1, w2, w3)
println line
BigDecimal total = 0
txns.each { t ->
    String desc = t.desc.size() > w2 ? t.desc.take(w2 - 1) + "…" : t.desc
    BigDecimal amt = t.amount as BigDecimal
    total += amt
    println row(t.date, desc, String.format("%,.2f", amt), w1, w2, w3)
}
println line
println row("", "TOTAL", String.format("%,.2f", total), w1, w2, w3)
println line

println "center: [${'title'.center(11)}] [${'title'.center(12, '*')}] [${'toolongtitle'.center(5)}]"
println "padLeft zeros: ${'42'.padLeft(6, '0')}, padRight dots: ${'Item'.padRight(10, '.')}5.00"
println String.format("|%-8s|%8s|%08.2f|%,d|", "left", "right", 3.14159, 1234567)
println String.format("%5.1f%%", 12.345)
println sprintf("%s has %d items costing %.2f", "Cart", 3, 9.5)
println "printf: " + String.format("%3\$s %1\$s %2\$s", "a", "b", "c")
printf("%-6s|%6.3f|%n", "pi", Math.PI)

execution.setVariable("statementTotal", total)
customMetricService.upsertMetric("statement_lines", txns.size().toString())

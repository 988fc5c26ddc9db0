def amount = 1234.5
println String.format("%.2f", amount)
println String.format("%,.2f", amount)
println String.format("%d", 42L)
println String.format("%d", 12345678901234567890G)
println String.format("%s", 1.50)
println String.format("%s", 1.5d)
println String.format("%.1f%%", 45.678)
println String.format("%5d|%-5d|", 42, 42)
println String.format("%s", "${amount}")
try {
    String.format("%d", 1.5)
} catch (IllegalFormatException e) {
    println "bad format: ${e.class.simpleName}"
}

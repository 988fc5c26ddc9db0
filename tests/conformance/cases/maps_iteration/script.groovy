def stock = [apples: 3, pears: 0, plums: 12]
stock.each { println "${it.key} -> ${it.value}" }
stock.each { k, v -> println "${k}=${v}" }
stock.eachWithIndex { entry, i -> println "${i}: ${entry.key}" }
println stock.collect { k, v -> "${k}:${v * 2}" }
println stock.findAll { k, v -> v > 0 }
println stock.findAll { it.value > 5 }.keySet()
println stock.any { k, v -> v == 0 }
println stock.every { k, v -> v >= 0 }
println stock.collectEntries { k, v -> [(k.toUpperCase()): v + 1] }
println stock.sort { a, b -> b.value <=> a.value }
println stock.inject(0) { acc, k, v -> acc + v }
for (e in stock) {
    println "for-in: ${e.key} ${e.value}"
}
for (k in stock.keySet()) { print k + " " }
println()
println stock.entrySet().size()

def stock = [apple: 5, pear: 0, kiwi: 12, plum: 3]
println stock.collect { k, v -> "${k}:${v}" }
println stock.collect { it.value }
println stock.findAll { k, v -> v > 2 }
println stock.findAll { it.value == 0 }.keySet()
println stock.find { k, v -> v > 10 }
println stock.find { k, v -> v > 10 }.key
println stock.find { it.value > 100 }
println stock.any { k, v -> v == 0 }
println stock.every { k, v -> v >= 0 }
println stock.count { k, v -> v > 0 }
println stock.collectEntries { k, v -> [(k.toUpperCase()): v * 2] }
println stock.findResult { k, v -> v > 4 ? k : null }

def items = [1, 2, 3, 4, 5]
def firstEven = items.find { it % 2 == 0 }
println firstEven
def taken = []
items.any { n ->
    if (n > 3) return true
    taken << n
    false
}
println taken
def collected = items.takeWhile { it < 4 }
println collected
def rest = items.dropWhile { it < 4 }
println rest
def stopped = []
try {
    items.each { n ->
        if (n == 3) throw new RuntimeException("stop")
        stopped << n
    }
} catch (RuntimeException e) {
    println "stopped: ${stopped} (${e.message})"
}

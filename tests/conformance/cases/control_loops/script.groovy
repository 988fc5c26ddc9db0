for (int i = 0; i < 3; i++) {
    print i
}
println()
for (def i = 10; i > 0; i -= 4) { print "${i} " }
println()
for (item in ["a", "b", "c"]) { print item.toUpperCase() }
println()
for (n in 1..4) {
    if (n == 2) continue
    if (n == 4) break
    println "n=${n}"
}
def totals = [x: 1, y: 2]
for (entry in totals) { println "${entry.key}:${entry.value}" }
def count = 0
while (count < 5) {
    count++
    if (count % 2 == 0) continue
    println "odd ${count}"
}
def attempts = 0
while (true) {
    attempts += 1
    if (attempts >= 3) break
}
println "attempts=${attempts}"
outer:
for (a in 1..3) {
    for (b in 1..3) {
        if (b == 2) continue outer
        if (a == 3) break outer
        println "${a},${b}"
    }
}
for (String s : ["x", "y"]) { print s }
println()

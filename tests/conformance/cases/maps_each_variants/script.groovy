def m = [b: 2, a: 1, c: 3]
m.each { k, v -> println "${k}=${v}" }
m.each { e -> println "${e.key}:${e.value}" }
m.eachWithIndex { k, v, i -> println "${i}) ${k}" }
m.eachWithIndex { e, i -> println "${i} ${e}" }
for (e in m) print e.key
println()
m.keySet().each { print it }
println()
println m.values().sum()

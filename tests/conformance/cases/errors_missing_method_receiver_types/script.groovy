def probes = [
    { "abc".shout() },
    { 5.toUpperCase() },
    { [1, 2].toUpperCase() },
    { [a: 1].push(2) },
    { null.size() },
    { "abc".substring("1") },
    { Math.max("a", "b") },
]
probes.eachWithIndex { p, i ->
    try {
        p()
        println "${i}: ok"
    } catch (Exception e) {
        println "${i}: ${e.class.simpleName}"
    }
}
"text".capitalize(1)

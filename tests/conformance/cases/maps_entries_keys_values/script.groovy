def m = [x: 10, y: 20, z: 30]
println m.keySet()
println m.values()
println m.entrySet()
println m.entrySet().first().key
println m.keySet().class.simpleName
println m.values().toList()
println m*.key
println m*.value
def e = m.find { it.value == 20 }
println "${e.key} -> ${e.value}"
println m.keySet().toList().reverse()
println m.inject(0) { acc, k, v -> acc + v }

def counts = [:].withDefault { 0 }
"to be or not to be".split(" ").each { counts[it] += 1 }
println counts
def grouped = [:].withDefault { [] }
[["a", 1], ["b", 2], ["a", 3]].each { k, v -> grouped[k] << v }
println grouped
def nested = [a: [b: [c: 42]]]
println nested.a.b.c
println nested["a"]["b"]["c"]
println nested.get("a").get("b")
println nested.a.x
def list = [[1, 2], [3, 4]]
println list[1][0]
println list*.getAt(1)

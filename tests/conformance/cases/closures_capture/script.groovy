def total = 0
[5, 10, 20].each { total += it }
println total
def names = []
["x", "y"].each { n -> names << n.toUpperCase() }
println names
def makeCounter() {
    def count = 0
    return { -> count += 1; count }
}
def c1 = makeCounter()
def c2 = makeCounter()
c1()
c1()
println c1()
println c2()
def log = []
def record = { String msg -> log.add(msg.size()) }
record("hello")
record("hi")
println log
def threshold = 10
def isBig = { it > threshold }
println isBig(15)
threshold = 20
println isBig(15)
def summary = [:]
[["a", 1], ["b", 2], ["a", 3]].each { pair ->
    def (k, v) = pair
    summary[k] = (summary[k] ?: 0) + v
}
println summary

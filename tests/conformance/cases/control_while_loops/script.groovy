def queue = ["a", "b", "c", "d"]
def processed = []
while (queue) {
    def item = queue.remove(0)
    if (item == "b") continue
    processed << item
}
println processed
println queue
def n = 27
def steps = 0
while (n != 1) {
    n = n % 2 == 0 ? n.intdiv(2) : 3 * n + 1
    steps++
}
println steps
def i = 0
while (true) {
    if (++i >= 4) break
}
println i

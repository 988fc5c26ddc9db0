// Values Groovy computes that are easy to get silently wrong.
enum Priority { LOW, NORMAL, HIGH, URGENT }
println Priority.LOW.compareTo(Priority.URGENT)
println Priority.URGENT.compareTo(Priority.NORMAL)
println Priority.HIGH <=> Priority.LOW
println([Priority.URGENT, Priority.LOW, Priority.HIGH].sort())

class Agent { String name; Integer load }
def agents = [new Agent(name: "ann", load: 2), null, new Agent(name: "bob", load: 0)]
println agents.name          // the implicit spread skips nulls
println agents*.name         // the spread operator keeps them
println([[queue: "billing"], null, [queue: "sales"]].queue)

def queue = ["a", "b", "c", "d"]
for (q in queue) {
    if (q == "c") queue.remove(q)   // removing the second-to-last element ends the loop quietly
}
println queue
def tickets = [1, 2, 3, 4]
try {
    for (t in tickets) {
        if (t == 2) tickets.remove((Object) t)
    }
} catch (ConcurrentModificationException e) {
    println "caught " + e.class.simpleName + " " + e.message
}
println tickets
def grown = [1, 2]
for (g in grown) {
    if (grown.size() < 4) grown << g * 10
}

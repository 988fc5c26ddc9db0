class Agent implements Comparable<Agent> {
    String name
    int load
    int compareTo(Agent other) { load <=> other.load ?: name <=> other.name }
    String toString() { "${name}(${load})" }
}
def agents = [new Agent(name: "zoe", load: 2), new Agent(name: "al", load: 5),
              new Agent(name: "bo", load: 2), new Agent(name: "cy", load: 0)]
println agents.sort()
println agents.min()
println agents.max()
println agents.sort { it.name }
println agents.sort { a, b -> b.load <=> a.load }
def x = new Agent(name: "x", load: 3)
def y = new Agent(name: "y", load: 3)
println x <=> y
println x > agents[-1]
println x == y

// Ranking agent candidates with Comparable and custom comparators.
class Agent implements Comparable<Agent> {
    String name
    int skill
    int openChats
    BigDecimal rating

    int compareTo(Agent other) {
        int c = other.skill <=> this.skill
        if (c != 0) return c
        c = this.openChats <=> other.openChats
        if (c != 0) return c
        return this.name <=> other.name
    }

    String toString() { "${name}(s${skill},c${openChats},r${rating})" }
}

def raw = execution.getVariable("agents")
List<Agent> agents = raw.collect { new Agent(it) }

List<Agent> natural = agents.sort(false)
println "natural: ${natural}"
println "best: ${agents.min()}"
println "worst: ${agents.max()}"

def byRating = agents.sort(false) { a, b -> b.rating <=> a.rating ?: a.name <=> b.name }
println "by rating: ${byRating*.name}"

def byLoad = agents.toSorted(Comparator.comparing({ Agent a -> a.openChats } as java.util.function.Function))
println "by load: ${byLoad*.name}"

def tie = new Agent(name: "Zed", skill: 5, openChats: 1, rating: 4.0)
println "compare to first: ${tie.compareTo(natural[0])}, with <=>: ${tie <=> natural[0]}"
println "equal by compareTo but ==? ${tie == new Agent(name: 'Zed', skill: 5, openChats: 1, rating: 4.0)}"

TreeSet<Agent> pool = new TreeSet<>(agents)
pool << tie
println "pool size: ${pool.size()}, first: ${pool.first()}"

def available = agents.findAll { it.openChats < 3 }.sort()
Agent chosen = available ? available.first() : null
println "chosen: ${chosen?.name ?: 'nobody'}"

execution.setVariable("assignedAgent", chosen?.name)
execution.setVariable("ranking", natural*.name)
customMetricService.upsertMetric("candidates", agents.size().toString())

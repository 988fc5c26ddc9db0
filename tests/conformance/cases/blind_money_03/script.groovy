// Splitting a quota across agents: Groovy division surprises a Java developer.
int calls = execution.getVariable("calls")
int agents = execution.getVariable("agents")

def perAgent = calls / agents
println "calls / agents = ${perAgent} (${perAgent.getClass().simpleName})"
println "intdiv = ${calls.intdiv(agents)}, remainder = ${calls % agents}"
int truncated = calls / agents
println "assigned to int: ${truncated}"

println "1/3 = ${1 / 3}"
println "2/3 = ${2 / 3}"
println "10/4 = ${10 / 4}"
println "1.0/3 = ${1.0 / 3}"
println "1/3.0d = ${1 / 3.0d}"
println "7.0/2 = ${7.0 / 2}"
println "-7/2 = ${-7 / 2}, -7.intdiv(2) = ${(-7).intdiv(2)}, -7 % 2 = ${-7 % 2}"
println "100/7*7 = ${100 / 7 * 7}"
println "(100/7).class = ${(100 / 7).getClass().simpleName}, scale = ${(100 / 7).scale()}"
println "2**10 = ${2 ** 10}, 2**0.5 = ${2 ** 0.5}, 2**-1 = ${2 ** -1}"
println "10.0/4 = ${10.0 / 4}, 1e3/8 = ${1e3 / 8}"
println "Math.floorDiv(-7, 2) = ${Math.floorDiv(-7, 2)}, floorMod = ${Math.floorMod(-7, 2)}"

long total = 0
(1..agents).each { i ->
    int share = calls.intdiv(agents) + (i <= calls % agents ? 1 : 0)
    total += share
    println "agent ${i}: ${share}"
}
println "sum of shares: ${total} == ${calls}: ${total == calls}"

def avgHandle = execution.getVariable("handleTimes").sum() / execution.getVariable("handleTimes").size()
println "avg handle: ${avgHandle}"

execution.setVariable("perAgentExact", perAgent)
execution.setVariable("perAgentFloor", calls.intdiv(agents))
customMetricService.upsertMetric("avg_handle", avgHandle.toString())

int zero = execution.getVariable("idleAgents")
println "per idle agent: ${calls.intdiv(zero)}"

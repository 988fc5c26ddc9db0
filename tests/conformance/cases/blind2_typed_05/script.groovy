// Queue position estimator written with explicit types and arrays
int[][] history = (int[][]) ((List) execution.getVariable("waitHistory")).collect { it as int[] }.toArray()
String[] agentNames = ((List<String>) execution.getVariable("agents")).toArray(new String[0])

long[] totals = new long[agentNames.length]
int[] counts = new int[agentNames.length]
for (int row = 0; row < history.length; row++) {
    int[] r = history[row]
    for (int col = 0; col < r.length && col < agentNames.length; col++) {
        if (r[col] < 0) continue
        totals[col] += r[col]
        counts[col]++
    }
}

double bestAvg = Double.MAX_VALUE
String best = null
for (int i = 0; i < agentNames.length; i++) {
    double avg = counts[i] == 0 ? Double.NaN : (double) totals[i] / counts[i]
    printf("%-6s total=%4d n=%d avg=%6.2f%n", agentNames[i], totals[i], counts[i], avg)
    if (!Double.isNaN(avg) && avg < bestAvg) {
        bestAvg = avg
        best = agentNames[i]
    }
}
println "fastest: ${best} (${bestAvg})"

int position = (Integer) execution.getVariable("queuePosition")
int estimate = (int) Math.ceil(position * bestAvg / agentNames.length)
println "estimated wait for position ${position}: ${estimate} s"

char[] letters = best.toCharArray()
Arrays.sort(letters)
println "sorted letters of best: " + new String(letters) + " first=" + letters[0] + " code=" + (int) letters[0]

Integer maybe = (Integer) execution.getVariable("maxWait")
int limit = maybe != null ? maybe.intValue() : 600
boolean tooLong = estimate > limit
execution.setVariable("estimatedWait", estimate)
execution.setVariable("waitTooLong", tooLong)
customMetricService.upsertMetric("estimated_wait", String.valueOf(estimate))
log.info("wait estimate " + estimate + "s, limit " + limit + "s")

// escalate: the agent index from the router is out of range for this team
int routedIndex = (Integer) execution.getVariable("routedAgent")
String routed = agentNames[routedIndex]
println "routed to " + routed

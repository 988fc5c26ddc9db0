// Expose read-only reference data to later tasks; guard against accidental mutation.
List<String> channels = Collections.unmodifiableList(["web", "sms", "voice"])
Map<String, Integer> priorities = Collections.unmodifiableMap([low: 3, normal: 2, high: 1])
Set<String> vip = Collections.unmodifiableSet(new TreeSet<String>(["zoe", "adam", "mia"]))
List<Integer> frozen = [5, 3, 8].asImmutable()

println "channels: ${channels} (${channels.getClass().simpleName})"
println "priorities: ${priorities}"
println "vip: ${vip}"

def attempts = [
        { -> channels.add("email") },
        { -> priorities.put("urgent", 0) },
        { -> vip.remove("adam") },
        { -> frozen.sort() },
        { -> frozen << 1 },
]
attempts.eachWithIndex { Closure op, int i ->
    try {
        op.call()
        println "op ${i}: allowed"
    } catch (UnsupportedOperationException e) {
        println "op ${i}: rejected (${e.getClass().simpleName})"
    }
}

List<Integer> sortedCopy = frozen.toSorted()
println "sorted copy: ${sortedCopy}, original: ${frozen}"

List<String> mutable = new ArrayList<>(channels)
mutable.add("chat")
println "mutable copy: ${mutable}"

Map<String, Integer> copy = new LinkedHashMap<>(priorities)
copy.urgent = 0
println "copy: ${copy}"
println "lookup high: ${priorities['high']}, missing: ${priorities['nope']}"

execution.setVariable("channels", mutable)
transientVariableService.addVariable("priorities", copy)
customMetricService.upsertMetric("channel_count", mutable.size().toString())

// later code tries to register a channel on the shared list
channels.add(execution.getVariable("newChannel"))

import java.util.*

// Java-style queue processing with Collections utilities, LinkedList, TreeMap, Iterator
List<String> pending = new LinkedList<>((List<String>) transientVariableService.getVariable("pendingTasks"));
Map<String, Integer> durations = new TreeMap<>();
Deque<String> done = new ArrayDeque<>();
int budget = 60;

while (!pending.isEmpty() && budget > 0) {
    String task = pending.remove(0);
    String[] parts = task.split(":");
    String name = parts[0].trim();
    int minutes = Integer.parseInt(parts[1].trim());
    if (minutes > budget) {
        pending.add(task);
        if (pending.size() == 1 || pending.stream().allMatch({ t -> Integer.parseInt(t.split(":")[1].trim()) > budget })) {
            break;
        }
        continue;
    }
    budget -= minutes;
    durations.put(name, minutes);
    done.push(name);
}
println("done (stack order): " + done);
println("durations: " + durations);
println("left: " + pending + ", budget " + budget);

List<Integer> values = new ArrayList<>(durations.values());
Collections.sort(values, Collections.reverseOrder());
println("longest first: " + values);
println("max=" + Collections.max(values) + " min=" + Collections.min(values) + " freq(10)=" + Collections.frequency(values, 10));
List<String> names = new ArrayList<>(durations.keySet());
Collections.reverse(names);
println("reversed names: " + names);
Collections.swap(names, 0, names.size() - 1);
println("swapped: " + names);
List<String> unmodifiable = Collections.unmodifiableList(names);
try {
    unmodifiable.add("x");
} catch (UnsupportedOperationException e) {
    println("cannot modify: " + e.getClass().getSimpleName());
}
println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(7));
NavigableMap<String, Integer> nav = (NavigableMap<String, Integer>) durations;
println("first=" + nav.firstKey() + " last=" + nav.lastEntry().getKey() + " headMap(m)=" + nav.headMap("m"));
transientVariableService.addVariable("pendingTasks", pending);
execution.setVariable("completed", new ArrayList<>(done));
customMetricService.upsertMetric("budget_left", Integer.toString(budget));
log.info("processed " + durations.size() + " tasks");

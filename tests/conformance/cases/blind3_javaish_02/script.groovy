// Java-style intent router with switch on strings, fall-through and default
String intent = (String) execution.getVariable("intent");
Integer attempt = (Integer) transientVariableService.getVariable("routerAttempt");
if (attempt == null) {
    attempt = 0;
}
attempt = attempt + 1;
transientVariableService.addVariable("routerAttempt", attempt);

String queue;
int priority;
switch (intent == null ? "" : intent.toLowerCase()) {
    case "billing_dispute":
    case "refund":
        queue = "finance";
        priority = 2;
        break;
    case "password_reset":
        queue = "selfservice";
        priority = 5;
        break;
    case "outage":
        queue = "noc";
        priority = 1;
        break;
    case "":
        queue = "triage";
        priority = 4;
        break;
    default:
        queue = "general";
        priority = 3;
}
if (attempt > 2 && priority > 1) {
    priority = priority - 1;
}
println("intent=" + intent + " queue=" + queue + " priority=" + priority + " attempt=" + attempt);
execution.setVariable("queue", queue);
execution.setVariable("priority", priority);

String[] words = new String[3];
words[0] = queue;
words[1] = String.valueOf(priority);
words[2] = intent;
println(String.join("|", words));
println(Arrays.toString(words) + " " + words.length);

int[] counts = new int[6];
String[] history = ((List<String>) execution.getVariable("history")).toArray(new String[0]);
for (int i = 0; i < history.length; i++) {
    int p = history[i].length() % 6;
    counts[p]++;
}
println(Arrays.toString(counts));
Arrays.sort(history);
println(Arrays.asList(history));
int idx = Arrays.binarySearch(history, "refund");
println("refund at " + idx);
long checksum = 0L;
for (char c : queue.toCharArray()) {
    checksum = checksum * 31 + (int) c;
}
println("checksum " + checksum + " hash " + queue.hashCode());
customMetricService.upsertMetric("router_queue", queue);
log.info("routed to " + queue);

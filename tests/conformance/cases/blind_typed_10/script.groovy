// Route an intent to a queue: classic switch statements written by a Java developer.
final String intent = execution.getVariable("intent")
final int priority = execution.getVariable("priority")

String queue
switch (intent) {
    case "billing":
    case "refund":
        queue = "FINANCE"
        break
    case "password_reset":
        queue = "SELF_SERVICE"
        break
    case ~/^tech_.*/:
        queue = "TECH"
        break
    case ["cancel", "downgrade"]:
        queue = "RETENTION"
        break
    default:
        queue = "GENERAL"
}

String sla
switch (priority) {
    case 1: sla = "15m"; break
    case 2..3: sla = "1h"; break
    case { it > 3 }: sla = "1d"; break
    default: sla = "unknown"
}

int fallthroughCount = 0
switch (priority) {
    case 1:
        fallthroughCount++
    case 2:
        fallthroughCount++
    case 3:
        fallthroughCount++
        break
    case 4:
        fallthroughCount += 10
}

final long weight = (long) priority * Integer.MAX_VALUE
final String label = queue == "FINANCE" ? "money" : (queue == "TECH" ? "tech" : "other")

println "intent=${intent} queue=${queue} sla=${sla}"
println "fallthrough=${fallthroughCount} weight=${weight} label=${label}"

for (String i : ["refund", "tech_wifi", "cancel", "hello"]) {
    String q = i.startsWith("tech_") ? "TECH" : (i in ["billing", "refund"] ? "FINANCE" : "GENERAL")
    println "  ${i} -> ${q}"
}

execution.setVariable("queue", queue)
execution.setVariable("sla", sla)
customMetricService.upsertMetric("routed_queue", queue)
log.info("routed ${intent} to ${queue} (${sla})")

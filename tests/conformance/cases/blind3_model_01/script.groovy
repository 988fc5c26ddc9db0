// Ticket triage model: enum with fields and methods, class with Comparable, priority queue by sort
enum Severity {
    LOW(1, 72), MEDIUM(2, 24), HIGH(3, 8), CRITICAL(4, 1)

    final int weight
    final int slaHours

    Severity(int weight, int slaHours) {
        this.weight = weight
        this.slaHours = slaHours
    }

    boolean isUrgent() { weight >= 3 }

    static Severity fromText(String s) {
        values().find { it.name().equalsIgnoreCase(s?.trim()) } ?: MEDIUM
    }
}

class Ticket implements Comparable<Ticket> {
    String id
    String title
    Severity severity
    int ageHours

    int getScore() { severity.weight * 10 + Math.min(ageHours, 48).intdiv(6) }
    boolean isBreached() { ageHours > severity.slaHours }

    int compareTo(Ticket other) {
        other.score <=> score ?: id <=> other.id
    }

    String toString() { "${id}[${severity}/${score}${breached ? '!' : ''}]" }
}

def raw = execution.getVariable('tickets')
List<Ticket> tickets = raw.collect { new Ticket(id: it.id, title: it.title, severity: Severity.fromText(it.sev), ageHours: it.age) }
println "unsorted: $tickets"
def queue = tickets.sort(false)
println "queue: $queue"
println "breached: ${tickets.findAll { it.breached }*.id}"
println "urgent: ${tickets.findAll { it.severity.urgent }.collect { it.id }}"

def bySeverity = tickets.groupBy { it.severity }.collectEntries { k, v -> [(k.name()): v.size()] }
println "by severity: $bySeverity"
execution.setVariable('nextTicket', queue.first().id)
execution.setVariable('queueOrder', queue*.id)
customMetricService.upsertMetric('tickets_breached', tickets.count { it.breached }.toString())

println Severity.values().collect { "${it}(${it.ordinal()}, ${it.slaHours}h)" }.join(' ')
println Severity.valueOf('HIGH').weight + Severity.CRITICAL.weight
println "max: ${tickets.max()} min: ${tickets.min()}"
println "compare: ${tickets[0] <=> tickets[1]} ${Severity.LOW < Severity.HIGH}"
log.info("triaged ${tickets.size()} tickets, next ${queue.first()}")
switch (queue.first().severity) {
    case Severity.CRITICAL: println 'page the on-call engineer'; break
    case [Severity.HIGH, Severity.MEDIUM]: println 'assign to the team'; break
    default: println 'backlog'
}

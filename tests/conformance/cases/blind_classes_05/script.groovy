// Ticket severity enum with behaviour.
enum Severity {
    LOW(72, "green"),
    MEDIUM(24, "amber"),
    HIGH(4, "red"),
    CRITICAL(1, "red")

    final int responseHours
    final String colour

    Severity(int hours, String colour) {
        this.responseHours = hours
        this.colour = colour
    }

    boolean needsPager() { this >= HIGH }

    Severity escalate() {
        ordinal() < values().length - 1 ? values()[ordinal() + 1] : this
    }

    static Severity fromScore(int score) {
        if (score >= 90) return CRITICAL
        if (score >= 60) return HIGH
        if (score >= 30) return MEDIUM
        LOW
    }
}

def tickets = execution.getVariable("tickets")
tickets.each { t ->
    Severity s = Severity.fromScore(t.score as int)
    if (t.vip) s = s.escalate()
    String action
    switch (s) {
        case Severity.CRITICAL: action = "page on-call + bridge"; break
        case Severity.HIGH: action = "page on-call"; break
        case [Severity.MEDIUM, Severity.LOW]: action = "queue"; break
    }
    println "${t.id}: ${s} (${s.responseHours}h, ${s.colour}) pager=${s.needsPager()} -> ${action}"
}

println "all: ${Severity.values()}"
println "names: ${Severity.values()*.name()}"
println "ordinal of HIGH: ${Severity.HIGH.ordinal()}, compare: ${Severity.LOW <=> Severity.HIGH}"
println "valueOf: ${Severity.valueOf('MEDIUM').colour}"
println "red ones: ${Severity.values().findAll { it.colour == 'red' }}"

EnumMap<Severity, Integer> counts = new EnumMap<>(Severity)
tickets.each { t -> Severity s = Severity.fromScore(t.score as int); counts[s] = (counts[s] ?: 0) + 1 }
println "counts: ${counts}"

execution.setVariable("severityCounts", counts.collectEntries { k, v -> [(k.name()): v] })
customMetricService.upsertMetric("critical_tickets", (counts[Severity.CRITICAL] ?: 0).toString())

String requested = execution.getVariable("override")
Severity forced = Severity.valueOf(requested)
println "forced: ${forced}"

// Rule engine: closures coerced to SAM interfaces, enums with behaviour, traits-free Java style
interface Rule {
    boolean matches(Map ctx)
}

enum Priority {
    LOW(1), NORMAL(5), HIGH(8), CRITICAL(10)
    final int weight
    Priority(int w) { weight = w }
    Priority bump() { this == CRITICAL ? this : values()[ordinal() + 1] }
    static Priority ofWeight(int w) { values().reverse().find { it.weight <= w } ?: LOW }
}

class NamedRule implements Rule {
    String name
    Closure<Boolean> test
    Priority priority = Priority.NORMAL
    boolean matches(Map ctx) { test.call(ctx) as boolean }
    String toString() { "${name}(${priority})" }
}

def ticket = execution.getVariable('ticket')

Rule vip = { Map c -> c.customer?.vip == true } as Rule
Rule outage = { Map c -> c.text?.toLowerCase()?.contains('outage') }
def rules = [
    new NamedRule(name: 'vip', test: { vip.matches(it) }, priority: Priority.HIGH),
    new NamedRule(name: 'outage', test: { outage.matches(it) }, priority: Priority.CRITICAL),
    new NamedRule(name: 'billing', test: { it.category == 'billing' }),
    new NamedRule(name: 'old', test: { (it.ageDays ?: 0) > 30 }, priority: Priority.LOW)
]

def hits = rules.findAll { it.matches(ticket) }
println "matched: ${hits}"
Priority p = hits ? hits*.priority.max { it.weight } : Priority.LOW
if (hits.size() > 2) p = p.bump()
println "priority: ${p} weight=${p.weight} ordinal=${p.ordinal()}"
println "from weight 6: ${Priority.ofWeight(6)}, from 0: ${Priority.ofWeight(0)}"
println "all: ${Priority.values().collect { "${it.name().toLowerCase()}=${it.weight}" }.join(', ')}"
println "valueOf: ${Priority.valueOf('HIGH').bump()} ${Priority.CRITICAL.bump()}"

Comparator<NamedRule> byWeight = { x, y -> y.priority.weight <=> x.priority.weight ?: x.name <=> y.name } as Comparator
println "rules by weight: ${rules.sort(false, byWeight)*.name}"

switch (p) {
    case [Priority.CRITICAL, Priority.HIGH]:
        execution.setVariable('route', 'tier2'); break
    case Priority.NORMAL:
        execution.setVariable('route', 'tier1'); break
    default:
        execution.setVariable('route', 'backlog')
}
execution.setVariable('priority', p.name())
customMetricService.upsertMetric('ticket_priority', p.toString())
log.info("ticket routed to ${execution.getVariable('route')}")

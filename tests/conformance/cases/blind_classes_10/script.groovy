// Shared behaviour with traits: auditable, timestamped-by-sequence entities.
trait Auditable {
    List<String> history = []

    void record(String event) {
        history << "${history.size() + 1}:${event}".toString()
    }

    String lastEvent() { history ? history.last() : "none" }
}

trait Describable {
    abstract String getName()

    String describe() { "<${getClass().simpleName} ${name}>" }
}

class Ticket implements Auditable, Describable {
    String name
    String state = "NEW"

    void moveTo(String next) {
        record("${state}->${next}")
        state = next
    }
}

class Customer implements Describable {
    String name
}

def events = execution.getVariable("events")
Ticket t = new Ticket(name: execution.getVariable("ticketName"))
events.each { t.moveTo(it) }

println t.describe()
println "state: ${t.state}"
println "history: ${t.history}"
println "last: ${t.lastEvent()}"
println "is Auditable: ${t instanceof Auditable}, is Describable: ${t instanceof Describable}"

def c = new Customer(name: "Nora")
println c.describe()
println "customer auditable? ${c instanceof Auditable}"

def fresh = new Ticket(name: "empty")
println "fresh last: ${fresh.lastEvent()}, shared history? ${fresh.history.is(t.history)}"

execution.setVariable("ticketState", t.state)
execution.setVariable("ticketHistory", t.history)
customMetricService.upsertMetric("ticket_transitions", t.history.size().toString())
log.info(t.describe())

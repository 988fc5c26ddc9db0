// Static fields: the class's own code (static or instance members) uses the field itself;
// `Ticket.prefix` from outside or from a subclass goes through the static getter/setter.
class Ticket {
    static String prefix = "tk"
    static int issued = 0
    private static List<String> events = []
    static final int LIMIT = 3

    String id

    static String getPrefix() { events << "getPrefix"; prefix.toUpperCase() }
    static void setPrefix(String p) {
        events << "setPrefix"
        if (!p) throw new IllegalArgumentException("empty prefix")
        prefix = p.toLowerCase()
    }

    Ticket() {
        issued++
        if (issued > LIMIT) throw new IllegalStateException("limit " + LIMIT + " reached")
        id = prefix + "-" + issued
    }

    static String describe() { "prefix=" + prefix + " issued=" + issued + " limit=" + LIMIT }
    String viaThis() { this.prefix + "/" + this.issued }
    static List<String> log() { events }
    static void reset() { issued = 0; events.clear() }
}

class PriorityTicket extends Ticket {
    String sub() { "sub sees " + prefix + " and " + issued }
}

def a = new Ticket()
def b = new Ticket()
println a.id + " " + b.id
println Ticket.describe()
println Ticket.log()
println Ticket.prefix
println Ticket.@prefix
Ticket.prefix = "REQ"
println Ticket.@prefix + " " + Ticket.log()
println b.viaThis()
def p = new PriorityTicket()
println p.id + " " + p.sub()
println Ticket.log()
try {
    Ticket.prefix = ""
} catch (IllegalArgumentException e) {
    println "refused: " + e.message
}
try {
    new Ticket()
} catch (IllegalStateException e) {
    println e.message
}
Ticket.@issued = 0
println new Ticket().id
Ticket.reset()
println Ticket.describe() + " " + Ticket.log()
println Ticket.issued
Ticket.issued += 5
println Ticket.describe()
execution.setVariable("lastTicket", Ticket.describe())

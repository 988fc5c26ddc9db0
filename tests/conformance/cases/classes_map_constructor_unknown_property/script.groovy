class Ticket {
    String id
    String status = "open"
}
def t = new Ticket(id: "T-1")
println "${t.id} ${t.status}"
try {
    new Ticket(id: "T-2", owner: "bob")
} catch (MissingPropertyException e) {
    println "caught ${e.class.simpleName} for ${e.property}"
}
def t3 = new Ticket(id: "T-3", status: "closed")
println t3.status
new Ticket(priority: 1)
println "not reached"

class Session {
    static int created = 0
    static final String PREFIX = "S-"
    String id
    Session() {
        created++
        id = PREFIX + created
    }
    static String describe() { "sessions created: ${created}" }
    static Session open() { new Session() }
}
println Session.describe()
def s1 = new Session()
def s2 = Session.open()
println s1.id
println s2.id
println Session.created
println Session.describe()
println Session.PREFIX
3.times { Session.open() }
println Session.created

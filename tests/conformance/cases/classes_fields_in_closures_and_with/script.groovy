// Closures inside a class's methods reach its properties through their owner, so getters and
// setters run there; `with { }` asks its delegate first; `this.@x` is the field everywhere.
class Settings {
    int timeout = 30
    int retries = 1
    String mode = "basic"
}

class Session {
    String user = "guest"
    int hits = 0
    List<String> calls = []

    String getUser() { calls << "getUser"; user.toUpperCase() }
    void setUser(String u) { calls << "setUser"; user = u }
    int getHits() { calls << "getHits"; hits }
    void setHits(int h) { calls << "setHits"; hits = h }

    def direct() { [user, this.user, hits] }
    def inEach() { def out = []; [1, 2].each { out << user + it }; out }
    def bumpInClosure() { 3.times { hits++ }; [this.@hits, hits] }
    def writeInClosure() { ["amy"].each { user = it }; this.@user }
    def explicitThisInClosure() { [1].collect { this.user + "/" + this.@user } }
    def nested() { def outer = { def inner = { user }; inner() }; outer() }
    def withThis() { this.with { "${user}:${hits}" } }
    def withMap(Map m) { m.with { [user, hits, missing] } }
    def withMapWrite(Map m) { m.with { user = "in-map" }; [m, this.@user] }
    def configure() {
        def s = new Settings()
        s.with {
            timeout = 5
            retries = hits + 2
            mode = user
        }
        [s.timeout, s.retries, s.mode]
    }
    def builder() {
        def sb = new StringBuilder()
        sb.with {
            append("user=")
            append(user)
        }
        sb.toString()
    }
    def ownerFirst(Map m) {
        def c = { user }
        c.delegate = m
        c()
    }
    def delegateFirst(Map m) {
        def c = { user }
        c.delegate = m
        c.resolveStrategy = Closure.DELEGATE_FIRST
        c()
    }
}

def s = new Session()
def show = { label, value ->
    println label + ": " + value + " " + s.calls
    s.calls.clear()
}
show("direct", s.direct())
show("inEach", s.inEach())
show("bumpInClosure", s.bumpInClosure())
show("writeInClosure", s.writeInClosure())
show("explicitThis", s.explicitThisInClosure())
show("nested", s.nested())
show("withThis", s.withThis())
show("withMap", s.withMap([user: "from-map"]))
show("withMapWrite", s.withMapWrite([:]))
show("configure", s.configure())
show("builder", s.builder())
show("ownerFirst", s.ownerFirst([user: "map-user"]))
show("delegateFirst", s.delegateFirst([user: "map-user"]))
show("outside", [s.user, s.@user, s.hits])

// A script's own exception classes have no package; a class's asBoolean() is its Groovy truth
class LookupFailed extends RuntimeException { LookupFailed(String m) { super(m) } }
class Flag { boolean on; boolean asBoolean() { on } }
class Plain { int x }
def e = new LookupFailed("no such id")
println e.toString()
println e
println "${e}"
println e.class.name
try { throw e } catch (ex) { println ex.message; println ex.toString() }
log.error("lookup", e)
println(!new Flag(on: false))
println(new Flag(on: false) ? "yes" : "no")
println((new Flag(on: true) ?: "elvis").on)
println((new Flag(on: false)) as boolean)
if (new Flag(on: false)) println "truthy" else println "falsy"
println([new Flag(on: true), new Flag(on: false), new Plain()].findAll { it }.size())
println(new Plain() ? "plain is true" : "plain is false")

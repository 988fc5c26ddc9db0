enum Level { LOW, MID, HIGH, TOP }
def r = Level.LOW..Level.HIGH
println r
println r.size()
println r.collect { it.name().toLowerCase() }
r.each { print it; print " " }; println()
println r.contains(Level.MID)
println r.contains(Level.TOP)
println Level.MID in r
println r.toList()
println r.getClass().name
println r.from
println r.to
def rr = Level.HIGH..Level.LOW
println rr
println rr.toList()
println rr.reverse
println (Level.MID..<Level.TOP)
println ((Level.MID..<Level.TOP).toList())
println Level.LOW.next()
println Level.TOP.next()
println Level.LOW.previous()
println r[1]
for (l in Level.MID..Level.TOP) print l; println()
println r.isCase(Level.LOW)
switch (Level.MID) { case Level.LOW..Level.MID: println "low-mid"; break; default: println "other" }
println r.findAll { it != Level.MID }
println r*.ordinal()
println Level.values().toList()
println((Level.TOP..<Level.TOP).toList())
println((Level.HIGH..<Level.LOW).toList())
def l = Level.HIGH
l++
println l
l++
println l
l--
println l
println((Level.LOW..Level.HIGH).size())
def counts = [:]
(Level.LOW..Level.TOP).each { counts[it.name()] = it.ordinal() * 10 }
println counts
execution.setVariable("levels", (Level.MID..Level.TOP).collect { it.name() })
execution.setVariable("counts", counts)

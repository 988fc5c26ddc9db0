class Flag {
    boolean on
    boolean asBoolean() { on }
    String toString() { "Flag($on)" }
}
def off = new Flag(on: false), on = new Flag(on: true)
println([off, on].grep())
println([off, on].any())
println([off, on].every())
println([off, on].find())
println([off, on].findAll())
println([off, on].count { it })
println([off, off].any { it })
println(off as boolean)
println(off as Boolean)
Boolean b = off
println b
boolean pb = off
println pb
println off.asBoolean()
println(!!off)
println(off || on)
println(off ? 1 : 2)
println([off, on].findIndexOf { it })
println([off, on].collect { !it })
println([a: off, b: on].findAll { k, v -> v })
println([off, on].takeWhile { it })
println([on, off].dropWhile { it })
println([off, on].split { it })
def r = []
for (f in [off, on]) { if (f) r << f }
println r
println([off, on].inject(0) { acc, f -> f ? acc + 1 : acc })
println([off, on].sort { it.on })
println([off, on].removeAll { it })
assert on
try { assert off } catch (AssertionError e) { println "assert failed" }

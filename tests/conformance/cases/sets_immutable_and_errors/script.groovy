def s = ([3, 1, 2] as Set).asImmutable()
println s.size()
println s.contains(2)
try {
    s << 4
} catch (UnsupportedOperationException e) {
    println "immutable: ${e.class.simpleName}"
}
def copy = new LinkedHashSet(s)
copy << 4
println copy
println s.size()
s.remove(1)

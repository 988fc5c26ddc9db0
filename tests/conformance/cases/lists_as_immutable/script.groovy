def base = [1, 2, 3]
def frozen = base.asImmutable()
println frozen
println frozen.size()
println frozen.class.simpleName.contains("Unmodifiable")
base << 4
println frozen
def copy = frozen + 5
println copy
try {
    frozen << 6
} catch (UnsupportedOperationException e) {
    println "cannot add: ${e.class.simpleName}"
}
frozen[0] = 9
println "not reached"

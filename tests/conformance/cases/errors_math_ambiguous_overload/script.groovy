println Math.max(1, 2)
println Math.max(1.5d, 2)
try {
    Math.max(1.5, 2)
} catch (GroovyRuntimeException e) {
    println "ambiguous: ${e.class.simpleName}"
}
println Math.max(1.5 as double, 2)
println Math.abs(-2.5)
println Math.abs(-2.5).class.simpleName
def lo = 0.5
Math.min(lo, 1)

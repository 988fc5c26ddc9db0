println 2.4d.round()
println 2.5d.round()
println 2.5f.round()
println(-2.5d.round())
println((-2.5d).round())
println 2.5d.round().class.simpleName
println 2.5f.round().class.simpleName
println 3.14159d.round(2)
println 2.675d.round(2)
println 1.005f.round(2)
println Math.round(2.5d)
println Math.round(-2.5d)
println Math.round(2.5f).class.simpleName
try {
    println 3.14159.round(2)
} catch (MissingMethodException e) {
    println "BigDecimal.round(int): ${e.class.simpleName}"
}
println 3.14159.setScale(2, BigDecimal.ROUND_HALF_UP)
def amount = 2.5
println amount.round()

println 7 % 3
println 7L % 3
try {
    println 7.5 % 2
} catch (UnsupportedOperationException e) {
    println "BigDecimal %: ${e.class.simpleName}"
}
println 7.5.remainder(2)
println 7.5d % 2
def price = 12.5
price.round()

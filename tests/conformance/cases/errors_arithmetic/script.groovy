def safeDivide(a, b) {
    try {
        return a / b
    } catch (ArithmeticException e) {
        println "caught ${e.class.simpleName}: ${e.message}"
        return null
    }
}
println safeDivide(10, 4)
println safeDivide(1, 0)
println 1.0d / 0
println 5 % 3
def zero = 0
println 7.intdiv(zero)

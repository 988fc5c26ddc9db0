def attempts = [
    { 1 / 0 },
    { 1.0 / 0 },
    { 5.intdiv(0) },
    { 5 % 0 },
    { 1d / 0 },
    { 0d / 0 },
    { 1L / 0L },
    { 10.0.divide(3.0) },
]
attempts.eachWithIndex { a, i ->
    try {
        println "${i}: ${a()}"
    } catch (ArithmeticException e) {
        println "${i}: ${e.class.simpleName}: ${e.message}"
    }
}
def avg = 10 / execution.getVariable("count")

def catchers = []
def checks = [
    new NumberFormatException("n"),
    new IllegalArgumentException("i"),
    new ArithmeticException("a"),
    new IllegalStateException("s"),
    new UnsupportedOperationException("u"),
    new Exception("e"),
]
checks.each { ex ->
    def hits = []
    if (ex instanceof IllegalArgumentException) hits << "IAE"
    if (ex instanceof RuntimeException) hits << "RTE"
    if (ex instanceof Exception) hits << "EX"
    println "${ex.class.simpleName}: ${hits}"
}
try {
    Integer.parseInt("oops")
} catch (IllegalArgumentException e) {
    println "NumberFormatException caught as IllegalArgumentException: ${e.class.simpleName}"
}
try {
    [].asImmutable() << 1
} catch (RuntimeException e) {
    println "caught ${e.class.simpleName}"
}
try {
    throw new Exception("checked")
} catch (RuntimeException e) {
    println "not here"
} catch (Exception e) {
    println "checked: ${e.message}"
}

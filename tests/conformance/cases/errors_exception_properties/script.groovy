try {
    "abc".toInteger()
} catch (e) {
    println e.class.name
    println e.message
    println e instanceof NumberFormatException
    println e.cause
}
try {
    try {
        throw new IllegalStateException("inner")
    } catch (IllegalStateException e) {
        throw new RuntimeException("outer", e)
    }
} catch (RuntimeException e) {
    println e.message
    println e.cause.class.simpleName
    println e.cause.message
}
def ex = new IllegalArgumentException("manual")
println ex.message
println ex.toString()
println new RuntimeException().message

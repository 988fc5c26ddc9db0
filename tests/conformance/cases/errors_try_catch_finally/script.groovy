def attempt(n) {
    try {
        println "try ${n}"
        if (n == 1) throw new IllegalStateException("state")
        if (n == 2) return "early return"
        if (n == 3) "x".toInteger()
        println "no error ${n}"
        return "normal"
    } catch (IllegalStateException e) {
        println "catch ISE ${e.message}"
        return "from catch"
    } catch (NumberFormatException | NullPointerException e) {
        println "catch multi ${e.class.simpleName}"
        return "from multi"
    } finally {
        println "finally ${n}"
    }
}
(0..3).each { println "result: ${attempt(it)}" }
try {
    try {
        throw new RuntimeException("inner")
    } finally {
        println "inner finally"
    }
} catch (RuntimeException e) {
    println "outer caught ${e.message}"
}

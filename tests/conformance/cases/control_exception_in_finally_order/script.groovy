def trail = []
try {
    try {
        trail << "body"
        throw new IllegalStateException("first")
    } finally {
        trail << "finally"
    }
} catch (IllegalStateException e) {
    trail << "caught ${e.message}"
}
println trail
try {
    trail << "second body"
    def z = 1 / 0
} finally {
    println "finally sees ${trail.size()} entries"
}
println "not reached"

def trail = []
def work() {
    try {
        println "work body"
        throw new IllegalStateException("boom")
    } finally {
        println "work finally"
    }
}
try {
    println "outer body"
    work()
} catch (IllegalArgumentException e) {
    println "wrong catch"
} finally {
    println "outer finally"
}
println "not reached"

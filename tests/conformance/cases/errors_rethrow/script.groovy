def step(name) {
    try {
        if (name == "bad") {
            throw new IllegalArgumentException("bad step")
        }
        println "ran ${name}"
    } catch (IllegalArgumentException e) {
        log.warn("step ${name} failed: ${e.message}")
        throw e
    } finally {
        println "cleanup ${name}"
    }
}
step("good")
step("bad")
println "not reached"

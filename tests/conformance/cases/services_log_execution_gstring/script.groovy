def n = 3
log.info(execution, "count=${n}")
log.warn(execution, "plain string")
try {
    log.info(execution, 42)
} catch (MissingMethodException e) {
    println "execution + int: ${e.class.simpleName}"
}
log.debug(execution, "done")
println "ok"

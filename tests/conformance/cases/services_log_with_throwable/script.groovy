try {
    Integer.parseInt("abc")
} catch (NumberFormatException e) {
    log.error("could not parse quantity", e)
}
try {
    throw new IllegalStateException("bad state")
} catch (e) {
    log.warn("recovered", e)
}
def ex = new RuntimeException("plain")
log.info("info with throwable", ex)
log.debug("no cause", new Exception())
println "logged"

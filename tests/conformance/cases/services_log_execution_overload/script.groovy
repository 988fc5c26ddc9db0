log.info(execution, "entered node")
log.debug(execution, "conversation " + execution.conversationId())
try {
    throw new IllegalStateException("bad state")
} catch (Exception e) {
    log.error("step failed", e)
    log.warn("only message: " + e.message)
}
def id = execution.conversationId()
log.info(execution, "for ${id}")

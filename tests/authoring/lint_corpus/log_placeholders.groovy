// Logs the handover with SLF4J placeholders, as Amelia's Logger allows.
def agent = execution.getVariable("agentName") ?: "unassigned"
def queue = execution.getVariable("targetQueue")
log.info("handing over to {} in queue {}", agent, queue)
log.warn("queue {} has no agent", queue)

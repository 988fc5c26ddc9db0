// Count how often each intent was seen in this conversation (clean).
def intent = transientVariableService.getVariable("currentIntent") ?: "unknown"
def counts = readJsonMetric("intentCounts")
counts[intent] = (counts[intent] ?: 0) + 1
writeJsonMetric("intentCounts", counts)
log.info("intent ${intent} seen ${counts[intent]} times")
counts[intent]

// Records the resolution of the conversation (a typo'd handle method and a missing argument).
def resolved = execution.getVariable("resolved") == true
customMetricService.upsertMetrc("resolved", resolved.toString())
customMetricService.upsertMetric("resolvedAt")
log.info("resolution recorded")

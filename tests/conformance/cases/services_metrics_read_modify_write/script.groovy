def visits = (customMetricService.getMetric("visits") ?: "0").toInteger()
visits++
customMetricService.upsertMetric("visits", visits.toString())
def tags = (customMetricService.getMetric("tags") ?: "").tokenize(",")
tags << "returning"
customMetricService.upsertMetric("tags", tags.unique().join(","))
customMetricService.upsertMetric("lastIntent", execution.getVariable("intent"))
customMetricService.deleteMetric("stale")
customMetricService.deleteMetric("never-existed")
println customMetricService.allMetrics
println customMetricService.getMetric("stale")
customMetricService.upsertMetric("nullable", null)
println customMetricService.getAllMetrics().containsKey("nullable")

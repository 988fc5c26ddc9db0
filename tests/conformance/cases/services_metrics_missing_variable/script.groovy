def value = transientVariableService.getVariable("not_set")
println value
println "value is ${value}"
customMetricService.upsertMetric("not_set", value.toString())
customMetricService.upsertMetric("as_gstring", "${value}")
customMetricService.upsertMetric("via_elvis", (value ?: "default").toString())
println customMetricService.getAllMetrics()

def counts = [greeting: 2, escalation: 1]
counts.each { k, v ->
    try {
        customMetricService.upsertMetric(k, v)
    } catch (MissingMethodException e) {
        println "retry ${k} as text (${e.class.simpleName})"
        customMetricService.upsertMetric(k, v.toString())
    }
}
customMetricService.upsertMetric("total", "${counts.values().sum()}")
println customMetricService.getAllMetrics()

// a misspelled service handle method: Groovy ranks the handle's methods
customMetricService.upsertMetric("seen", "1")
customMetricService.upsertMetrics("a", "b")

// Record a few conversation metrics and read them back.
customMetricService.upsertMetric("intent", "order_status")
customMetricService.upsertMetric("turns", "3")
println customMetricService.getMetric("intent")
println customMetricService.getMetric("channel")
def all = customMetricService.getAllMetrics()
println all
println all.size()
customMetricService.upsertMetric("turns", "4")
customMetricService.deleteMetric("obsolete")
def name = "resolved"
customMetricService.upsertMetric("status_${name}", "yes")
println customMetricService.allMetrics.keySet()
def missing = customMetricService.getMetric("nothing_here")
println missing == null

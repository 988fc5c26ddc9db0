// ---- library: metrics recorder wrapping customMetricService ----
class MetricWriter {
    def service
    String prefix
    List<String> written = []

    void put(String name, Object value) {
        String key = prefix ? "${prefix}.${name}" : name
        String text = value == null ? "" : (value instanceof BigDecimal ? value.toPlainString() : value.toString())
        service.upsertMetric(key, text)
        written << key
    }

    void increment(String name, int by = 1) {
        String key = prefix ? "${prefix}.${name}" : name
        String current = service.getMetric(key)
        int next = (current ? current.toInteger() : 0) + by
        service.upsertMetric(key, next.toString())
        written << key
    }

    void putAll(Map values) { values.each { k, v -> put(k as String, v) } }
}
// ---- end library ----

def m = new MetricWriter(service: customMetricService, prefix: "flow")
m.put("intent", execution.getVariable("intent"))
m.put("score", 0.950)
m.put("big", 1E+3)
m.put("missing", null)
m.increment("turns")
m.increment("turns", 2)
m.increment("visits")
m.putAll([resolved: true, channel: "web", ratio: 2 / 3])

println "written: ${m.written}"
println "unique keys: ${m.written.unique(false).size()}"
println "all metrics: ${customMetricService.getAllMetrics()}"

def raw = new MetricWriter(service: customMetricService)
raw.put("plain", [1, 2])
customMetricService.deleteMetric("flow.missing")
println "after delete: ${customMetricService.getMetric('flow.missing')}"
println "plain: ${customMetricService.getMetric('plain')}"

log.info(customMetricService.getAllMetrics())
execution.setVariable("metricCount", customMetricService.getAllMetrics().size())

raw.increment("flow.intent")

// Script library: counters and JSON metrics on top of customMetricService.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

class Counter {
    String name
    int value

    Counter(String name, int value) {
        this.name = name
        this.value = value
    }

    String toString() {
        "${name}=${value}"
    }
}

int incrementMetric(String name) {
    def current = customMetricService.getMetric(name)
    int next = (current ? current as int : 0) + 1
    customMetricService.upsertMetric(name, next.toString())
    return next
}

Map readJsonMetric(String name) {
    def text = customMetricService.getMetric(name)
    return text ? new JsonSlurper().parseText(text) as Map : [:]
}

void writeJsonMetric(String name, Map value) {
    customMetricService.upsertMetric(name, JsonOutput.toJson(value))
}

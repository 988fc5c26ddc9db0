import groovy.json.*

// Merge a settings document from the CMS with user overrides and persist it as a metric
def defaults = new JsonSlurper().parseText(execution.getVariable('defaultSettings'))
def overrides = new JsonSlurper().parseText(execution.getVariable('userOverrides') ?: '{}')

def deepMerge
deepMerge = { Map base, Map over ->
    def result = new LinkedHashMap(base)
    over.each { k, v ->
        if (v instanceof Map && result[k] instanceof Map) {
            result[k] = deepMerge(result[k], v)
        } else if (v == null) {
            result.remove(k)
        } else {
            result[k] = v
        }
    }
    result
}

def merged = deepMerge(defaults, overrides)
println JsonOutput.toJson(merged)

def flatten
flatten = { String prefix, Object node, Map acc ->
    if (node instanceof Map) {
        node.each { k, v -> flatten(prefix ? "${prefix}.${k}" : k, v, acc) }
    } else if (node instanceof List) {
        node.eachWithIndex { v, i -> flatten("${prefix}[${i}]", v, acc) }
    } else {
        acc[prefix.toString()] = node
    }
    acc
}
def flat = flatten('', merged, [:])
flat.each { k, v -> println "${k} = ${v}" }

def changed = flat.findAll { k, v -> flatten('', defaults, [:])[k] != v }.keySet()
println "changed keys: ${changed.sort()}"

def lazy = new JsonSlurper(type: JsonParserType.LAX).parseText("{voice: {speed: 1.25, name: 'Ava'}, // comment\n beta: true}")
println "lax: ${lazy.voice.speed + 1} ${lazy.voice.name} ${lazy.beta}"

execution.setVariable('settings', merged)
execution.setVariable('settingsFlatCount', flat.size())
customMetricService.upsertMetric('settings_json', JsonOutput.toJson(merged))
log.info("settings merged: ${changed.size()} overrides")

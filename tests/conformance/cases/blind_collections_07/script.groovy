// Settings merged from defaults, tenant config and user preferences.
def defaults = [language: "en", notifications: [email: true, sms: false, push: true], timeout: 30, theme: "light"]
def tenant = execution.getVariable("tenantConfig")
def user = execution.getVariable("userPrefs")

Map deepMerge(Map base, Map override) {
    Map result = new LinkedHashMap(base)
    override.each { k, v ->
        if (v instanceof Map && result[k] instanceof Map) {
            result[k] = deepMerge(result[k], v)
        } else {
            result[k] = v
        }
    }
    result
}

def effective = deepMerge(deepMerge(defaults, tenant), user)
println "effective: ${effective}"
println "shallow: ${defaults + tenant + user}"

effective.each { k, v -> println "  ${k} -> ${v}" }
effective.each { entry -> if (entry.value instanceof Map) println "  [map] ${entry.key}: ${entry.value.keySet()}" }

def enabled = effective.notifications.findAll { it.value }.keySet()
println "enabled channels: ${enabled}"

def counters = [:].withDefault { 0 }
["push", "email", "push", "sms", "push"].each { counters[it]++ }
println "counters: ${counters}"

def byLength = effective.keySet().groupBy { it.length() }
println "keys by length: ${byLength}"
println "sorted by key: ${effective.sort()*.key}"
println "sorted by value length: ${effective.sort { it.value.toString().length() }*.key}"
println "subMap: ${effective.subMap(['language', 'theme'])}"
println "get with default: ${effective.get('region', 'EU')}, now contains: ${effective.containsKey('region')}"
println "getOrDefault: ${effective.getOrDefault('currency', 'USD')}, contains: ${effective.containsKey('currency')}"
println "find: ${effective.find { k, v -> v instanceof Integer }}"
println "any/every: ${effective.any { it.value == null }} ${effective.every { it.key.size() > 1 }}"
println "inverse: ${[a: 1, b: 2].collectEntries { k, v -> [(v): k] }}"
println "map equality: ${[a: 1, b: 2] == [b: 2, a: 1]}"

execution.setVariable("effectiveSettings", effective)
execution.setVariable("language", effective.language)
customMetricService.upsertMetric("ui_language", effective.language)

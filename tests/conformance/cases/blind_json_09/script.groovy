import groovy.json.JsonOutput

// Flatten the nested profile from the identity service into dotted keys for the CRM.
Map profile = transientVariableService.getVariable("profile")

Map<String, Object> flatten(Map m, String prefix = "") {
    Map<String, Object> out = [:]
    m.each { k, v ->
        String key = prefix ? "${prefix}.${k}" : k
        if (v instanceof Map) {
            out.putAll(flatten(v, key))
        } else if (v instanceof List) {
            v.eachWithIndex { item, int i ->
                if (item instanceof Map) out.putAll(flatten(item, "${key}[${i}]"))
                else out["${key}[${i}]".toString()] = item
            }
        } else {
            out[key] = v
        }
    }
    return out
}

Map flat = flatten(profile)
flat.each { k, v -> println "${k} = ${v}" }

def withoutNulls = flat.findAll { k, v -> v != null }
println "non-null keys: ${withoutNulls.size()} of ${flat.size()}"
println JsonOutput.toJson(withoutNulls)

def stringKeys = flat.keySet().every { it instanceof String }
println "all keys are String: ${stringKeys}"
println "lookup: ${flat['address.geo.lat']} / ${flat.get('phones[1].number')}"

execution.setVariable("crmFields", withoutNulls)
transientVariableService.addVariable("crmFieldCount", withoutNulls.size())
customMetricService.upsertMetric("crm_fields", JsonOutput.toJson(withoutNulls.keySet().sort()))

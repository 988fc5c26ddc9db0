// Merge a partial order update sent by the UI into the stored order (deep merge), null-safe
import groovy.json.*

def stored = transientVariableService.getVariable('order')
def patch = new JsonSlurper().parseText(execution.getVariable('patchJson'))

def deepMerge
deepMerge = { Map target, Map src ->
    src.each { k, v ->
        if (v == null) {
            target.remove(k)
        } else if (v instanceof Map && target[k] instanceof Map) {
            deepMerge(target[k], v)
        } else {
            target[k] = v
        }
    }
    target
}

def before = JsonOutput.toJson(stored)
def merged = deepMerge(stored, patch)
def after = JsonOutput.toJson(merged)
println "before: $before"
println "after:  $after"
transientVariableService.addVariable('order', merged)
println "same object: ${merged.is(stored)}"

def changed = []
def walk
walk = { String prefix, Map a, Map b ->
    (a.keySet() + b.keySet()).each { k ->
        def path = prefix ? "${prefix}.${k}" : k
        if (a[k] instanceof Map && b[k] instanceof Map) walk(path, a[k], b[k])
        else if (a[k] != b[k]) changed << path
    }
}
walk('', new JsonSlurper().parseText(before), merged)
println "changed paths: ${changed.sort()}"
execution.setVariable('changedPaths', changed.sort())
customMetricService.upsertMetric('order_patch_fields', changed.size().toString())

def city = merged?.delivery?.address?.city
def floor = merged?.delivery?.address?.floor
println "city=${city} floor=${floor ?: 'n/a'} phone=${merged.contact?.phone?.trim()}"
println "items: ${merged.items?.collect { it.sku }}"
log.info("order ${merged.id} patched")
def escaped = JsonOutput.toJson([note: 'Tür "B" / 2nd floor\ttab', emoji: '📦'])
println escaped
println JsonOutput.toJson('quoted "string"')
println JsonOutput.toJson([1, 2.50, null, true, [a: []]])

// Casting values from an untyped payload; some casts are expected to fail.
Map payload = transientVariableService.getVariable("payload")

def tryCast(String label, Closure c) {
    try {
        def v = c.call()
        println "${label}: ${v} (${v == null ? 'null' : v.getClass().simpleName})"
    } catch (ClassCastException e) {
        println "${label}: ClassCastException"
    } catch (NumberFormatException e) {
        println "${label}: NumberFormatException ${e.message}"
    } catch (Exception e) {
        println "${label}: ${e.getClass().simpleName}"
    }
}

tryCast("count as Integer") { payload.count as Integer }
tryCast("count cast (Integer)") { (Integer) payload.count }
tryCast("price as BigDecimal") { payload.price as BigDecimal }
tryCast("price as int") { payload.price as int }
tryCast("price (int)") { (int) payload.price }
tryCast("tags as List") { payload.tags as List }
tryCast("tags as Set") { payload.tags as Set }
tryCast("tags as String[]") { (payload.tags as String[]).length }
tryCast("active as boolean") { payload.active as boolean }
tryCast("ratio as Double") { payload.ratio as Double }
tryCast("ratio (Long)") { (Long) payload.ratio }
tryCast("nested (Map)") { ((Map) payload.nested).size() }
tryCast("nested (List)") { (List) payload.nested }
tryCast("missing as Integer") { payload.missing as Integer }
tryCast("name as Integer") { payload.name as Integer }

Integer count = payload.count as Integer
String label = (String) payload.name
execution.setVariable("itemCount", count)
execution.setVariable("itemLabel", label.toUpperCase())
customMetricService.upsertMetric("item_count", count.toString())

Integer bad = (Integer) payload.price
println "unreachable ${bad}"

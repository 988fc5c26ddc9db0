// Reading optional profile data: null-safety done right and wrong.
def profile = execution.getVariable("profile")

println "city: ${profile?.address?.city}"
println "zip: ${profile?.address?.zip ?: 'unknown'}"
println "phone digits: ${profile.phone?.replaceAll(/\D/, '')}"
println "nickname length: ${profile.nickname?.length() ?: 0}"
println "tags: ${profile.tags ?: []}"
println "first tag: ${profile.tags?.getAt(0)}"
println "null in GString: ${null}, null + string: ${null + 'x'}"
println "null == null: ${null == null}, compare: ${null <=> 1}"
println "spread over nulls: ${[null, 'a', null]*.toUpperCase()}"
println "null as boolean: ${null as Boolean}, !null: ${!null}"
println "safe index: ${profile.missingList?.getAt(3)}"

def checks = [
        { profile.nickname.length() },
        { profile.address.city.toUpperCase() },
        { profile.tags.size() },
        { null.toString() },
        { (null as String).length() },
        { def m = null; m.foo },
        { profile.age + 1 },
        { Integer.parseInt(null) },
]
checks.eachWithIndex { Closure c, int i ->
    try {
        println "check ${i}: ${c()}"
    } catch (NullPointerException e) {
        println "check ${i}: NPE ${e.message}"
    } catch (Exception e) {
        println "check ${i}: ${e.getClass().simpleName} ${e.message}"
    }
}

execution.setVariable("city", profile?.address?.city)
customMetricService.upsertMetric("has_phone", (profile.phone != null).toString())
String greeting = "Hi " + profile.nickname.trim()
println greeting

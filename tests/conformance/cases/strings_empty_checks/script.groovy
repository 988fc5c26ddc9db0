def values = ["", " ", "x", null]
values.each { v ->
    def desc = v == null ? "null" : "'${v}'"
    println "${desc}: truthy=${v as boolean} empty=${v?.isEmpty()} blank=${v?.trim()?.isEmpty()}"
}
def name = ""
println name ?: "anonymous"
println (name.isEmpty() ? "empty" : "has value")
println "".size()
println null?.size()

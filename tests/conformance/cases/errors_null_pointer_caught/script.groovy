def cases = [null, "  padded  "]
cases.each { v ->
    try {
        println "[${v.trim()}]"
    } catch (NullPointerException e) {
        println "caught ${e.class.simpleName}"
    }
}
def m = null
try {
    m.put("a", 1)
} catch (Exception e) {
    println "caught ${e.class.simpleName} via Exception"
}
println "done"

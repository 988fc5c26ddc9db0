def set = new TreeSet()
set << 3
set << 1
println set
try {
    set << "x"
} catch (ClassCastException e) {
    println "mixed TreeSet: ${e.class.simpleName}"
}
try {
    [2, "a"].sort()
    println "sorted mixed"
} catch (ClassCastException e) {
    println "sort mixed: ${e.class.simpleName}"
}
def tm = new TreeMap()
tm[1] = "one"
tm["two"] = 2

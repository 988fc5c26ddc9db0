List items = [1, 2]
println items
Map m = [a: 1]
println m
try {
    List bad = "abc"
    println "list from string: ${bad}"
} catch (e) {
    println "List: ${e.class.simpleName}"
}
try {
    Map notMap = [1, 2]
    println notMap
} catch (e) {
    println "Map: ${e.class.simpleName}"
}
Set st = [1, 2, 2]
println st
println st.class.simpleName
Integer x = "5"
println "not reached"

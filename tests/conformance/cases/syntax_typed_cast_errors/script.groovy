int ok = "7".toInteger()
println ok
int charCode = "7"
println charCode
try {
    int bad = "77"
    println "not reached ${bad}"
} catch (Exception e) {
    println "String to int: ${e.class.simpleName}"
}
def asString = 12 as String
println asString.getClass().simpleName
def asInt = "12" as Integer
println asInt + 1
def asSet = [3, 1, 3] as Set
println asSet.size()
Map m = [a: 1]
List l = m.keySet() as List
println l
Integer count = "lots"

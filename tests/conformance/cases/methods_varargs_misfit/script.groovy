// A typed varargs method called with an argument of the wrong type: the failure is at the call.
int total(int... nums) {
    nums.length == 0 ? 0 : nums.sum()
}
String joinAll(String sep, String... parts) { parts.join(sep) }
def anyOf(Object... xs) { xs.length }
println total()
println total(1, 2, 3)
println total([4, 5] as int[])
println joinAll("-", "a", "b")
println joinAll("-", *["p", "q"])
println anyOf(1, "x", null)
try {
    total(1, "2")
} catch (MissingMethodException e) {
    println "caught: ${e.method}"
}
println joinAll("-", "a", 3)

def customer = "Lee"
println "customer: ${customer}"
try {
    println custmer
} catch (MissingPropertyException e) {
    println "caught ${e.class.simpleName}"
}
println undefinedFlag

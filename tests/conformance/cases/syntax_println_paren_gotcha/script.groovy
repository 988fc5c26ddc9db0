// `println (x).foo()` is `(println(x)).foo()`: the method is called on println's null result.
def amount = -2.5d
println "amount: " + amount
println (amount).abs()
println "not reached"

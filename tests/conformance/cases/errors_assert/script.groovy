def total = [1, 2, 3].sum()
assert total == 6
println "first assert passed"
assert total > 0 : "total must be positive"
println "second assert passed"
assert total == 7

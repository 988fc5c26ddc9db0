def fact = 1G
(1..30).each { fact *= it }
println fact
println fact.class.simpleName
def f2 = 1
(1..20).each { f2 *= it }
println f2
println f2.class.simpleName
def f3 = 1L
(1..20).each { f3 *= it }
println f3
def f4 = 1L
(1..21).each { f4 *= it }
println f4
println 2G ** 100
println((2G ** 100).bitLength())

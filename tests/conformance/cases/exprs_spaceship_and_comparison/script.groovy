println 1 <=> 2
println 2 <=> 2
println 3 <=> 2
println "apple" <=> "banana"
println "b" <=> "a"
println 1.5 <=> 1
println null <=> 1
println 1 <=> null
println null <=> null
println "10" > "9"
println 10 > 9
println "a" < "B"
println 1 == 1.0
println 1.0 == 1.00
println 1.equals(1L)
println 1 == 1L
println([1, 2] == [1, 2])
println([a: 1] == [a: 1L])

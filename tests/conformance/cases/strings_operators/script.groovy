def s = "flow"
println s * 3
println "-" * 10
println s + "chart"
println s + 1 + 2
println "hello world" - "o"
println "hello world" - "xyz"
println s[0]
println s[-1]
println s[1..2]
println s[0..<2]
println s[-2..-1]
println s[3..0]
println "ABC".equalsIgnoreCase("abc")
println "ABC" == "abc"
println "apple" < "banana"
println "b" <=> "a"
println s.getAt(2)
println "apple" <=> "cherry"

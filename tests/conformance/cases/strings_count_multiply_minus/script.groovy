println "banana".count("a")
println "banana".count("an")
println "banana".count("ana")
println "aaaa".count("aa")
println "ab" * 3
println "-" * 10
println "x" * 0
println "hello world" - "o"
println "hello world" - "xyz"
println "a-b-c" - "-"
println "abcabc".minus("b")
println "cost 5" - ~/\d/

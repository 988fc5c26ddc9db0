println "a".next()
println "az".next()
println "b".previous()
println "abc".toList()
println "abc".toSet().size()
println "a-b".collectReplacements { it == '-' as char ? '+' : null }
println "hello world".split(" ").collect { it[0] }.join()
println "a,b;c".split(/[,;]/).toList()
println "hello".every { it in "aehlo".toList() }
println "hello".any { it == "z" }
println "hello".findAll { it != "l" }.join()
println "hello".toList().unique().join()

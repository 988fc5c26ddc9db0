def c = 'a' as char
println c
println c.class.simpleName
println((c + 1))
println((char) (c + 1))
println c.isLetter()
println '7'.isNumber()
println Character.isDigit('7' as char)
println Character.isUpperCase('Q' as char)
println Character.toUpperCase(c)
println "hello".toCharArray().length
println "hello".chars().count()
println((int) ('A' as char))
println "abc".collect { it.toUpperCase() }
println "b" > "a"

def inputs = ["42", "-7", "3.14", "abc", "", " 5", "1e3"]
inputs.each { s ->
    println "'${s}' isNumber=${s.isNumber()} isInteger=${s.isInteger()}"
}
println "42".toInteger() + 1
println "3.14".toBigDecimal() * 2
println "10".toLong().class.simpleName
println "2.5".toDouble()
println Integer.parseInt("123") * 2
println Integer.parseInt("-0042")
println "7" + 1
println "7".toInteger() + 1
println 1 + "7"

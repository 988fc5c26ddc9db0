println "42".toInteger() + 1
println "42".toInteger().class.simpleName
println "9999999999".toLong()
println "2.5".toDouble() * 2
println "2.50".toBigDecimal()
println "2.50".toBigDecimal().scale()
println "007".toInteger()
println "-3".toInteger()
println "1e3".toBigDecimal()
println "1e3".toDouble()
println "3.0".toFloat()
println "42".toBigInteger() * 1000000000000
println "12".toInteger().class.simpleName
println "x".isInteger() ? "x".toInteger() : -1
println " 12".toInteger()

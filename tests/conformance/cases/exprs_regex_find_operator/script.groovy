def text = "Order 123 and order 456 were delayed"
def m = text =~ /(?i)order (\d+)/
println m.size()
println m[0]
println m[0][1]
println m[1][1]
println m.collect { it[1] }
println m.find()
def simple = "a1b22c333" =~ /\d+/
println simple[0]
println simple[2]
println simple.size()
if ("refund please" =~ /refund/) println "mentions refund"
if (!("hello" =~ /xyz/)) println "no xyz"
def firstNumber = ("abc 42 def" =~ /\d+/)[0]
println firstNumber.toInteger() + 1

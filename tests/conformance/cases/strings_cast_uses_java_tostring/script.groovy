// (String) and a String-typed assignment use Java's toString; `as String` Groovy's
def l = [[a:1],[b:[2,3]], "s", null]
println((String) l)
String s = l
println s
println(l as String)
println l.toString()
def m = [k: [1,2], j: [x:1]]
println((String) m)
String s2 = m
println s2
println(m as String)
println((String)(1..3))
String r = 1..3
println r
println((String)([1,2] as Set))
String t = [a:[1..2]]
println t
println("${[a:1]}")

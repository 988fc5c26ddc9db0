def s = "conversation"
println s.substring(4)
println s.substring(0, 4)
println s.substring(4, 8)
println s.indexOf("er")
println s.indexOf("x")
try {
    println s.indexOf('o' as char)
} catch (MissingMethodException e) {
    println "indexOf(Character): ${e.class.simpleName}"
}
println s.indexOf((int) ('o' as char))
println s.charAt(0)
println s.charAt(0).class.simpleName
println s.charAt(0) == 'c'
println s[0].class.simpleName
println s.length() == s.size()
println s.codePointAt(0)

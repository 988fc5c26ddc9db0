def csv = "red,green,,blue"
def parts = csv.split(",")
println parts
println parts.size()
println parts.class.simpleName
def tokens = csv.tokenize(",")
println tokens
println tokens.class.simpleName
println "a b  c".tokenize()
println "one two".split(" ").toList()
println "abc".padLeft(6)
println "abc".padLeft(6, "*") + "|"
println "abc".padRight(6, ".") + "|"
println "abcdef".padLeft(3)
println "hello world".capitalize()
println "Hello".reverse()
println "a-b-c".replace("-", "+")
println "banana".replace("an", "AN")
println "x".center(5, "-")
println "Hello".toList()

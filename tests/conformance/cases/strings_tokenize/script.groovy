println "a,b,,c".tokenize(",")
println "a, b ,c".tokenize(", ")
println "one  two\tthree".tokenize()
println "path/to//file".tokenize("/")
println "".tokenize(",")
println "a;b,c".tokenize(";,")
println "a,b".tokenize(",").class.simpleName
def (user, domain) = "ana@example.com".tokenize("@")
println "${user} at ${domain}"

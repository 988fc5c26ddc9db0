def patterns = [/\d{3}-\d{4}/, /[A-Z]{3}\d+/, /(?i)yes|y/]
def inputs = ["555-1234", "555-12345", "ABC9", "abc9", "YES", "y", "yes!"]
inputs.each { input ->
    def hits = patterns.findIndexValues { p -> input ==~ p }
    println "${input}: ${hits}"
}
def p = ~/\s*(\w+)\s*/
println p.class.simpleName
println p.matcher(" word ").matches()
println "word" ==~ p
println p.pattern()

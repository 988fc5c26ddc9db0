/* block comment
   spanning lines */
def a = 1; def b = 2
println a + b; println "two statements"
// line comment
def s = "not // a comment" // trailing comment
println s
def t = 'not /* a comment */ either'
println t
def url = "http://example.com/path" /* inline */ + "?q=1"
println url
if (a == 1) { println "one" } else { println "other" }
def empty = { -> }
println empty()
;
println "end"

// GDK CharSequence parameters take a StringBuilder (replaceAll, find, tr, padLeft, tokenize, ...),
// CharSequence methods on a StringBuilder (next, matches, ~), and the closure's doCall named
// when a String's GDK method calls a closure with arguments it does not take
def sb = new StringBuilder("abc")
println "xbx".replaceAll(new StringBuilder("b"), new StringBuilder("Y"))
println "xbx".replaceFirst("b", new StringBuilder("Z"))
println "a1b2".findAll(new StringBuilder(/\d/))
println "a1b2".find(new StringBuilder(/\d/))
println "abc".tr(new StringBuilder("ab"), new StringBuilder("AB"))
println "ab".padLeft(5, new StringBuilder("*"))
println "ab".center(6, new StringBuilder("-"))
println "a,b;c".tokenize(new StringBuilder(",;"))
println "  #x\n  #y".stripMargin(new StringBuilder("#"))
println sb.next()
println sb.previous()
println sb.matches(~/a.c/)
println((~sb).getClass().name)
println sb.chars.length
println String.join(new StringBuilder("-"), "a", new StringBuilder("b"))
println String.join(",", [new StringBuilder("x"), "y"])
try { "abc".matches(new StringBuilder("abc")) } catch (e) { println e.class.simpleName }
def out = []
"a1b22".eachMatch(new StringBuilder(/\d+/)) { out << it }
println out
def t(n, c) { try { c(); println "$n ok" } catch (e) { println n + ": " + e.message.readLines()[0].replaceAll(/method: \S+\.(\w+\(\))/, 'method: $1') } }
t("each") { "ab".each { a, b, c -> } }
t("eachWithIndex") { "ab".eachWithIndex { a -> } }
t("collect") { "ab".collect { a, b, c -> } }
t("findAll") { "ab".findAll { a, b, c -> } }
t("find") { "ab".find { a, b, c -> } }
t("any") { "ab".any { a, b, c -> } }
t("every") { "ab".every { a, b, c -> } }
t("inject") { "ab".inject(0) { a -> } }
t("eachLine") { "ab".eachLine { a, b, c -> } }
t("collectReplacements") { "ab".collectReplacements { a, b -> } }
t("replaceAll") { "ab".replaceAll("a") { a, b, c -> } }
t("findRe") { "ab".find("a") { a, b, c -> } }
t("findAllRe") { "ab".findAll("a") { a, b, c -> } }
t("eachMatch") { "ab".eachMatch("a") { a, b, c -> } }
t("replaceGroups") { "ab".replaceAll("(a)") { a -> } }

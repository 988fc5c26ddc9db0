// find(regex) { } is declared to return String; Locale overloads; subSequence, contentEquals
def txt = "Order #A-12345 placed"
def r = txt.find(/#([A-Z])-(\d+)/) { all, letter, num -> num.toInteger() }
println "$r ${r.getClass().simpleName}"
println txt.find(/#([A-Z])-(\d+)/) { m -> m }.getClass().simpleName
println txt.find(/\d+/) { null }.inspect()
println txt.find(~/\d+/) { it.size() }.inspect()
println txt.find(/zzz/) { 1 }
println "straße ñ".toUpperCase(Locale.ROOT) + " " + "ÀB".toLowerCase(Locale.US)
println String.format(Locale.US, "%,d|%,.2f|%s", 1234567, 9876.5, "x")
println String.format((Locale) null, "%,d", 1234)
println "hello".subSequence(1, 3)
def x = 'b'
println "a${x}c".subSequence(0, 2)
try { "abc".subSequence(2, 1) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
println "abc".contentEquals(new StringBuilder("abc"))
println "abc".contentEquals("a${x}c")
println "abc".contentEquals("abd")
try { "abc".contentEquals(null) } catch (e) { println e.class.simpleName }

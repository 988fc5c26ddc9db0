// tr, expand/unexpand, normalize/denormalize and splitEachLine as Groovy 2.4's GDK does them
println "Hello World".tr('a-zA-Z', 'n-za-mN-ZA-M')
println "hello".tr('el', 'ip')
println "hello".tr('lo', 'x')
println "hello".tr('z-a', 'x')
println "a-b".tr('-', '_')
def who = "b"
println "abc".tr("${who}", "B")
println "".tr("a", "b") + "|" + "abc".tr("", "x")
try { "abc".tr("a", "") } catch (e) { println e.class.simpleName }
println(["a\tb", "\tx\n\ty", "", "ab\tc\t\td\n", "1234567\t8"].collect { it.expand() }.inspect())
println "a\tbc\td".expand(4).inspect()
println(["a       b", "        x\n  y", "abcdefgh        z", "a b c d e f g h i"].collect { it.unexpand() }.inspect())
println "ab  cd      e".unexpand(4).inspect()
println(["a\r\nb\rc\n", "", "x"].collect { it.normalize() }.inspect())
println(["a\r\nb\rc\n", "x\n\n"].collect { it.denormalize() }.inspect())
def rows = []
def last = "name,qty\nwidget,3\r\ngadget,10\n".splitEachLine(",") { name, qty -> rows << "$qty x $name"; qty }
println rows
println last
def cells = []
"a1b\nc2d".splitEachLine(~/\d/) { cells << it }
println cells

// Strings are UTF-16 as in Java: an emoji is two chars (a surrogate pair); indices, lengths and
// chars count units; halves joined again are the emoji (equal, same hash, printed whole)
def s = "ab😀cd"
println "${s.length()} ${s.size()} ${s.toCharArray().length} ${s.chars().count()}"
println((int) s.charAt(2))
println((int) s.charAt(3))
println s.substring(0, 3).length()
println s.substring(0, 3) + s.substring(3) == s
println((s.substring(0, 3) + s.substring(3)).hashCode() == s.hashCode())
println "${s.indexOf('c')} ${s.lastIndexOf('c')} ${s.indexOf('\uDE00')} ${s.indexOf(0x1F600)}"
println "${s.codePointAt(2)} ${s.codePointAt(3)} ${s.codePointCount(0, s.length())}"
println "${s.offsetByCodePoints(0, 3)} ${s.offsetByCodePoints(5, -2)}"
println s.take(3).length()
println s.drop(3)
println s[2..3]
println s[-1]
println s[3..2] == "\uDE00\uD83D"
println s.reverse()
println s.toList().size()
println s.padLeft(8, '*')
println s.padRight(8, '*') + "|"
println s.center(9, '-')
def t = ""
s.each { t += it }
println t == s
def n = 0
for (c in s) { n++ }
println n
println s.collect { it }.size()
println "😀".next()
println "😀".previous()
def sb = new StringBuilder(s)
println "${sb.length()} ${(int) sb.charAt(3)}"
sb.insert(3, "X")
println sb.length()
sb.deleteCharAt(3)
println sb.toString() == s
sb = new StringBuilder(s)
sb.delete(0, 4)
println sb
sb = new StringBuilder(s)
sb.replace(2, 4, "!")
println sb
sb = new StringBuilder(s)
sb.reverse()
println sb
sb = new StringBuilder()
sb.append("\uD83D").append("\uDE00")
println sb.toString() == "😀"
println s.compareToIgnoreCase("ab")
def m = s =~ /d/
m.find()
println "${m.start()} ${m.end()}"
m = s =~ /😀/
m.find()
println "${m.start()} ${m.end()} ${m.group()}"
println m.find(4)
println "\uD83D\uDE00" == "😀"
println "\uD83D\uDE00".length()
println "x\uD83D" + "\uDE00y"
def hi = "\uD83D", lo = "\uDE00"
println "${hi}${lo}" == "😀"
println([hi, lo].join("") == "😀")
println s.getAt([0, 2, 3])
println "a😀".endsWith("\uDE00")
println "a😀".startsWith("\uD83D", 1)
println "a😀".contains("\uD83D")
println "😀😀".replace("\uDE00\uD83D", "-").length()
println String.format("%5s|%-4s|%.1s|", "😀", "😀", "ab")
def w = new StringWriter()
w.write("a😀b", 1, 2)
println w
println String.valueOf(Character.toChars(0x1F600)) == "😀"
println "${Character.charCount(0x1F600)} ${Character.isSurrogate(s.charAt(2))} ${Character.isHighSurrogate(s.charAt(2))} ${Character.isLowSurrogate(s.charAt(2))}"
println Character.toCodePoint(s.charAt(2), s.charAt(3))
println "${(int) Character.highSurrogate(0x1F600)} ${(int) Character.lowSurrogate(0x1F600)}"
println "${Character.isSupplementaryCodePoint(0x1F600)} ${Character.isBmpCodePoint(0x1F600)} ${Character.isValidCodePoint(0x110000)}"
println((int) ("😀" as char))
println s.toSet().size()
try { "a😀".charAt(5) } catch (e) { println e.message }
try { "abc".charAt(5) } catch (e) { println e.message }
try { s.substring(2, 9) } catch (e) { println e.message }
// a chat message cut to a length: Java may leave half an emoji
def msg = "Thanks 👍 see you"
println msg.take(8).length()
println msg.take(9)

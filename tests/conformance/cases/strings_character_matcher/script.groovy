// Character statics on int code points (toUpperCase(int) answers an int), the GDK's
// Character.compareTo (-1/0/1), Matcher.start/group/end before a match
println Character.toUpperCase(97)
println Character.toUpperCase(-1)
println Character.toUpperCase(0x10428)
println Character.toLowerCase(65)
println Character.toUpperCase('a' as char)
println Character.isWhitespace(-1)
println Character.isLetter(0x10428)
println Character.toCodePoint('a' as char, 'b' as char)
println Character.toCodePoint('\uD83D' as char, '\uDE00' as char)
println(('a' as char).compareTo('b' as char))
println(('z' as char).compareTo(2.5))
def m = "abc" =~ /(b)/
try { m.start(1) } catch (e) { println e }
try { m.group(1) } catch (e) { println e }
try { m.end('x') } catch (e) { println e }
m.find()
println m.start(1)
try { m.start(5) } catch (e) { println e }

// StringWriter's members: java.io.StringWriter's and the GDK's on Writer, and nothing of
// StringBuilder's (length(), charAt ... are not a StringWriter's)
def fail = { String label, Closure c ->
    try { println "$label => ${c()}" } catch (Exception e) { println "$label !! ${e.class.name}: ${e.message?.readLines()?.getAt(0)}" }
}
def sw = new StringWriter()
sw << 'a' << 1 << [1, 2] << null
sw.write(65)
sw.write((char) 'c')
sw.write('bc')
sw.write('hello', 1, 2)
sw.write((String) null)
sw.append('x').append('abc', 0, 1).append((char) 'z')
sw.append(null)
def n = 2
sw.append("g${n}")
sw << "h${n}"
sw.flush()
sw.close()
println sw.toString()
println sw
println sw.class.name
fail('length') { sw.length() }
fail('size') { sw.size() }
fail('isEmpty') { sw.isEmpty() }
fail('charAt') { sw.charAt(0) }
fail('indexOf') { sw.indexOf('b') }
fail('append int') { sw.append(1) }
fail('write long') { sw.write(66L) }
fail('write bad range') { sw.write('hello', 3, 5) }
fail('write two strings') { sw.write('ab', 'c') }
fail('leftShift two') { sw.leftShift(1, 2) }
def out = new StringWriter(64)
['alpha', 'beta'].each { out.write(it); out.write('\n') }
println out.toString().readLines()

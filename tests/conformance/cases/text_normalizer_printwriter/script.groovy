// java.text.Normalizer (NFD/NFC/NFKD/NFKC, Normalizer.Form), StringWriter.withPrintWriter (a
// GroovyPrintWriter: Groovy's toString in print/println), Turkish case mapping by Locale
import java.text.Normalizer
def sw = new StringWriter()
def r = sw.withPrintWriter { pw ->
    pw.print([a: 1, b: 'x'])
    pw.print(null)
    pw.print('c' as char)
    pw.print(1.5)
    pw.print("s${1}")
    pw.println()
    pw.println([1, 'a'])
    pw.println(null)
    pw.println('x')
    pw.printf('%-5s|%3d|%n', 'ab', 7)
    pw.format('%s;', 'f')
    pw.write('w')
    pw.write(65)
    pw.write('hello', 1, 2)
    pw.append('ap').append('c' as char)
    pw.print(['x'] as String[])
    pw.print(true)
    pw.print(10L)
    pw << 'shift'
    pw.flush()
    42
}
println r
println sw.toString().inspect()
println sw.withPrintWriter { it.getClass().name }
println Normalizer.normalize("Café", Normalizer.Form.NFD).length()
println Normalizer.normalize("Cafe\u0301", Normalizer.Form.NFC).length()
println Normalizer.isNormalized("Café", Normalizer.Form.NFD)
println Normalizer.Form.NFKC
println Normalizer.Form.values()
println Normalizer.Form.valueOf('NFD').ordinal()
println Normalizer.normalize("ﬁ①", Normalizer.Form.NFKD)
println Normalizer.Form.NFD.getClass().name
println Normalizer.Form.NFD.class.simpleName
println Normalizer.Form.NFD.name()
println Normalizer.Form.NFD == Normalizer.Form.NFD
println Normalizer.Form.NFD.compareTo(Normalizer.Form.NFKD)
try { Normalizer.normalize(null, Normalizer.Form.NFD) } catch (e) { println e }
try { Normalizer.normalize("a", null) } catch (e) { println e }
println Normalizer.normalize(new StringBuilder("e\u0301"), Normalizer.Form.NFC).length()
println 'title'.toUpperCase(new Locale('tr'))
println 'TITLE Iİ'.toLowerCase(new Locale('tr', 'TR'))
println 'title'.toUpperCase(Locale.ENGLISH)
println 'TİTLE'.toLowerCase(Locale.ENGLISH).length()
println 'straße'.toUpperCase(Locale.GERMANY)
println 'ΟΔΟΣ'.toLowerCase()
println 'title'.toUpperCase(new Locale('az'))

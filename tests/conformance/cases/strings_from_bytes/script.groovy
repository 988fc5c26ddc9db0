// new String(byte[] ...): UTF-8 by default, a named charset, the deprecated high-byte forms,
// offset/count checks, UnsupportedEncodingException for an unknown charset
def b = [104, 105] as byte[]
println b.getClass().name
println new String(b)
println new String(b, 0x01)
println new String([] as byte[])
println new String(b, 1, 1)
println new String(b, "UTF-8")
println new String([-61, -68] as byte[], "UTF-8")
println new String([-61, -68] as byte[])
println new String([-1, 104] as byte[]).length()
println new String(b, "ISO-8859-1")
try { new String(b, "nope") } catch (e) { println e }
try { new String(b, 1, 3) } catch (e) { println e }
try { new String(b, 0, 1, 2) } catch (e) { println e }
println new String(b, 0, 0, 2)
try { new String(b, 0, 3, 0) } catch (e) { println e }

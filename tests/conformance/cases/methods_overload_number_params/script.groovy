def t(Closure c) { try { println c() } catch (e) { println e.class.simpleName } }
String a(BigDecimal x) { "dec ${x}" }
String b(long x) { "long ${x}" }
String c(double x) { "double ${x}" }
String d(int x) { "int ${x}" }
String e(Long x) { "Long ${x}" }
String f(BigInteger x) { "BigInteger ${x}" }
[5, 5L, 5.5, 5.5d, 5.5f, 5G, (short) 2, 'c' as char].each { v ->
  t { a(v) }; t { b(v) }; t { c(v) }; t { d(v) }; t { e(v) }; t { f(v) }
}
String e2(long x) { "long ${x}" }
String e2(Object o) { "object ${o}" }
println e2(5.5)
println e2(5)
String g(BigDecimal x) { "dec ${x}" }
String g(Object o) { "object ${o}" }
println g(5)
println g(5.5d)
String h(Integer x) { "Integer" }
String h(long x) { "long" }
println h(5)
println h(5L)
String pick(int x) { "int ${x}" }
String pick(long x) { "long ${x}" }
String pick(BigDecimal x) { "decimal ${x}" }
String pick(String s) { "string '${s}'" }
String pick(List l) { "list of ${l.size()}" }
String pick(Object o) { "object ${o}" }
[5, 5L, 5.5, 5.5d, 5.5f, 5G, "five", "g${1}", [5, 5], [a: 5], null, true].each { println pick(it) }

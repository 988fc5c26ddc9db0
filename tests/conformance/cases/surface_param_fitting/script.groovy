// Which arguments a JDK/GDK parameter type takes (Groovy 2.4 method selection): the
// signature lines decide these calls before any implementation runs.
def t = { String label, Closure c -> try { println "$label -> ${c()}" } catch (Throwable e) { println "$label !! ${e.class.simpleName}: ${e.message?.readLines()?.first()}" } }
t("isDigit str") { Character.isDigit("5") }
t("isDigit int") { Character.isDigit(53) }
t("bd double") { 1.5G.add(2.5d) }
t("bd int") { 1.5G.add(2) }
t("bd long") { 1.5G.add(2L) }
t("Math.abs BD") { Math.abs(-2.5G) }
t("sqrt BD") { Math.sqrt(2.0G) }
t("Long param int") { Long.valueOf(3) }
t("Integer.valueOf long") { Integer.valueOf(3L) }
t("substring long") { "hello".substring(1L) }
t("substring BD") { "hello".substring(1.0G) }
t("charAt Long") { "hello".charAt(1L) }
t("indexOf char") { "hello".indexOf('l' as char) }
t("indexOf int") { "hello".indexOf(108) }
t("startsWith gstring") { def x = "he"; "hello".startsWith("${x}") }
t("sort comparator closure") { [3,1,2].sort({ a, b -> a <=> b } as Comparator) }
t("Collections.sort closure") { def l = [3,1,2]; Collections.sort(l, { a, b -> b <=> a }); l }
t("string plus int") { "a".plus(1) }
t("list get long") { [1,2,3].get(1L) }
t("list getAt long") { [1,2,3].getAt(1L) }
t("Math.round int") { Math.round(3) }
t("Math.pow int") { Math.pow(2, 3) }
t("padLeft long") { "x".padLeft(3L) }
t("padLeft BD") { "x".padLeft(3.0G) }
t("multiply str BD") { "ab" * 2.0G }
t("format varargs") { String.format("%s-%s", "a", "b") }
t("format list") { String.format("%s-%s", ["a", "b"] as Object[]) }
t("join list") { String.join(",", ["a","b"]) }
t("replace char") { "aXb".replace('X' as char, 'Y' as char) }
t("replace str") { "aXb".replace("X", "Y") }
t("contains char") { "abc".contains('b' as char) }
t("map put noargs") { def m = [:]; m.put("a") }
t("equals noarg") { "a".equals() }
t("bd setScale long") { 1.234G.setScale(2L, java.math.RoundingMode.HALF_UP) }
t("Character.toUpperCase str") { Character.toUpperCase("a") }

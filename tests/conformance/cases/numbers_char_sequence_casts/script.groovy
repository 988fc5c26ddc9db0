// `as` a number type on a StringBuilder goes through its text (DGM asType(CharSequence, Class)); `as float` of text is a Float
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
t("1") { new StringBuilder("abc") as Integer }
t("2") { new StringBuilder("12") as Integer }
t("3") { new StringBuilder(" 12 ") as Long }
t("4") { new StringBuilder("2.5") as BigDecimal }
t("5") { new StringBuilder("2.5") as Double }
t("6") { new StringBuilder("25") as BigInteger }
t("7") { new StringBuffer("7") as int }
t("8") { new StringBuilder("2.5") as float }
t("9") { Integer x = new StringBuilder("5"); x }
t("10") { new StringBuilder("x") as Integer }
t("11") { "2.5" as float }
t("12") { "2.5" as Float }
t("13") { "0.1" as Float }

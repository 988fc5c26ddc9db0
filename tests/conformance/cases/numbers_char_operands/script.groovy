// Number arithmetic with a Character operand (DGM plus(Number, Character), ...)
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
char c = '7'
t("1") { 3.plus(c) }
t("2") { 3 + c }
t("3") { 1.5d.minus(c) }
t("4") { 3L.multiply(c) }
t("5") { 3.div(c) }
t("6") { 3.intdiv(c) }
t("7") { 3.compareTo(c) }
t("8") { 1.5G.plus(c) }
t("9") { 3G.multiply(c) }
t("10") { 1.5d.intdiv(c) }
t("11") { c + 3 }
t("12") { c.plus(3) }
t("13") { 3 - c }
t("14") { 3 < c }
t("15") { 3 <=> c }
t("16") { 1.5f * c }
t("17") { 3 / c }
t("18") { 3.power(c) }
t("19") { 3.mod(c) }
t("20") { 3 % c }
t("21") { 3 == c }
t("22") { 3.equals(c) }
t("23") { 55 == c }
t("25") { 3.xor(c) }
t("26") { 3 ** c }

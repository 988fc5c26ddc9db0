// upto/downto as each DGM overload converts the bound and counts (Float stays Float, BigInteger to a BigDecimal counts by 1.0), doCall in arity errors
def t(String id, Closure c) { try { def out = []; c.call(out); println id + ": " + out.collect { it.inspect() + ":" + it.getClass().getSimpleName() } } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0)?.replaceAll(/[\w$]*closure\d+\b/, "<closure>") } }
t("1") { o -> 1G.upto(3.5G) { o << it } }
t("2") { o -> 1G.upto(3) { o << it } }
t("3") { o -> 1G.upto(1.5d) { o << it } }
t("4") { o -> 1.5G.upto(3) { o << it } }
t("5") { o -> 1.50G.upto(3.7d) { o << it } }
t("6") { o -> 1.5G.upto(3G) { o << it } }
t("7") { o -> 1.5f.upto(3.9d) { o << it } }
t("8") { o -> 1.5d.upto(3.9f) { o << it } }
t("9") { o -> 1L.upto(3.9d) { o << it } }
t("10") { o -> 1.upto(3.9G) { o << it } }
t("11") { o -> Double.NaN.downto(1.5d) { o << it } }
t("12") { o -> 5G.downto(2.5G) { o << it } }
t("13") { o -> 5.5G.downto(2) { o << it } }
t("14") { o -> 3.5f.downto(1) { o << it } }
t("15") { o -> 3.upto(1) { o << it } }
t("16") { o -> 3G.downto(5G) { o << it } }
t("17") { o -> (-3G).downto(1.5d) { o << it } }
t("18") { o -> 2.5G.upto(Double.NaN) { o << it } }
t("19") { o -> 1L.upto(3L) { a, b -> a } }
t("20") { o -> 1.upto(2G) { o << it } }
t("21") { o -> 1.5d.upto(1.5d) { o << it } }
t("22") { o -> 2.upto(1.5d) { o << it } }
t("23") { o -> 1.9d.downto(1) { o << it } }

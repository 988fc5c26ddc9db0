// < <= > >= between two Doubles are IEEE (NaN unordered), other pairs compareTo; a String as BigInteger is new BigInteger(trimmed)
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
def n = Double.NaN
def f = Float.NaN
t("1") { n >= n }
t("2") { n <= n }
t("3") { n > n }
t("4") { n < n }
t("5") { n == n }
t("6") { n != n }
t("7") { n <=> n }
t("8") { n >= 1 }
t("9") { 1 <= n }
t("10") { n > 1.5G }
t("11") { f >= f }
t("12") { n >= f }
t("13") { n.compareTo(n) }
t("14") { n.equals(n) }
t("15") { [n].contains(n) }
t("16") { 0.0d == -0.0d }
t("17") { 0.0d <=> -0.0d }
t("18") { 0.0d >= -0.0d }
t("19") { 0.0d.compareTo(-0.0d) }
t("20") { n < 1 }
t("21") { n == 1.5 }
t("22") { 1.5 <=> n }
t("23") { "2.5" as BigInteger }
t("24") { " 25 " as BigInteger }
t("25") { "<1.0E308>" as BigInteger }
t("26") { "1e3" as BigInteger }
t("27") { "${1}-${2}" as BigInteger }
t("30") { " 25 " as Integer }
t("31") { "2.5" as Integer }
t("32") { "2.5" as Long }
t("33") { " 2.5 " as Double }
t("34") { "abc" as Double }
t("37") { " 2.5 " as BigDecimal }
t("39") { "0x10" as Integer }
t("40") { "1_000" as BigInteger }
t("41") { "+5" as BigInteger }
t("42") { -0.0d < 0.0d }
t("43") { -0.0d <= 0.0d }
t("44") { 0.0d > -0.0d }
t("45") { (0.0d * -1) < 0.0d }
t("46") { Double.NaN < Double.POSITIVE_INFINITY }
t("47") { Double.NaN > 1.5f }
t("48") { Double.NaN > 1L }
t("49") { 1.5f > Float.NaN }
t("50") { "".toBigInteger() }
t("51") { "\t12\n" as BigInteger }
t("52") { "-0" as BigInteger }

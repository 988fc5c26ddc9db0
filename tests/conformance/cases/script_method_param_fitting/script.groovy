// Which arguments a script method's typed parameters take: the same rules as the JDK surface.
def t = { String label, Closure c -> try { println "$label -> ${c()}" } catch (Throwable e) { println "$label !! ${e.class.simpleName}: ${e.message?.readLines()?.first()}" } }
def fl(long x) { "long ${x} ${x.getClass().simpleName}" }
def fd(double x) { "double ${x}" }
def fD(Double x) { "Double ${x}" }
def fbd(BigDecimal x) { "BD ${x}" }
def fi(int x) { "int ${x}" }
def fs(String s) { "S ${s}" }
def fc(char c) { "c ${c}" }
def fn(Number n) { "N ${n}" }
def fL(Long x) { "Long ${x}" }
t("fl bd") { fl(2.5G) }
t("fl int") { fl(2) }
t("fl dbl") { fl(2.5d) }
t("fd bd") { fd(2.5G) }
t("fd int") { fd(2) }
t("fD int") { fD(2) }
t("fD bd") { fD(2.5G) }
t("fbd int") { fbd(2) }
t("fbd dbl") { fbd(2.5d) }
t("fi long") { fi(2L) }
t("fi char") { fi('a' as char) }
t("fs gs") { def a = 1; fs("x${a}") }
t("fs char") { fs('a' as char) }
t("fc str1") { fc("a") }
t("fn int") { fn(3) }
t("fL int") { fL(3) }
t("fl noarg") { fl() }
def gbd(BigDecimal x) { "BD ${x}" }
def gbi(BigInteger x) { "BI ${x}" }
def gl(long x) { "l ${x}" }
def gd(double x) { "d ${x}" }
def gf(float x) { "f ${x}" }
def gF(Float x) { "F ${x}" }
t("fbd float") { gbd(2.5f) }
t("fbd bi") { gbd(3G) }
t("fbi long") { gbi(3L) }
t("fbi int") { gbi(3) }
t("fbi bd") { gbi(3.0G) }
t("fl bi") { gl(3G) }
t("fd bi") { gd(3G) }
t("fd float") { gd(2.5f) }
t("ff dbl") { gf(2.5d) }
t("ff bd") { gf(2.5G) }
t("fF dbl") { gF(2.5d) }
t("fF int") { gF(2) }

import java.time.Month
import java.time.Duration
// A null argument to a library member: Groovy chooses among its overloads by distance (an
// ambiguity is a GroovyRuntimeException), then the chosen JDK or GDK method runs and usually
// throws NullPointerException; some GDK methods take the null and answer a value.
def t(String label, Closure c) {
    try {
        println "$label: ${c.call()}"
    } catch (Throwable e) {
        def lines = (e.message ?: "null").readLines()
        if (e instanceof NullPointerException) lines = ["null"]  // JDK 14+ wording aside
        if (!lines[0].startsWith("Ambiguous")) lines = lines.take(1)  // the first line only
        println "$label !! ${e.getClass().simpleName}: ${lines.take(2).join(' ')}"
        lines.drop(2).sort().each { println "    $it" }
    }
}
t("String.matches") { "a".matches(null) }
t("TreeMap.putAll") { new TreeMap().putAll(null) }
t("EnumSet.of") { EnumSet.of(Month.MAY, null) }
t("BigDecimal.multiply") { 2.5G.multiply(null) }
t("new GroovyRuntimeException") { new GroovyRuntimeException(null) }
t("Currency.getInstance") { Currency.getInstance(null) }
t("String.contains") { "abc".contains(null) }
t("BigDecimal.power") { 2.5G.power(null) }
t("new BigDecimal(String, int)") { new BigDecimal(null, 3) }
t("String.plus") { "abc".plus(null) }
t("List.contains") { [1, 2].contains(null) }
t("List.plus") { [1, 2].plus(null) }
t("String.concat") { "abc".concat(null) }
t("StringBuilder.append") { new StringBuilder("ab").append(null) }
t("String.equals") { "abc".equals(null) }
// Comparable's compareTo(Object) is in Groovy's metaclass (the JDK's bridge method): nearest
t("Integer.compareTo") { 3.compareTo(null) }
t("Month.compareTo") { Month.MARCH.compareTo(null) }
t("Duration.compareTo") { Duration.ZERO.compareTo(null) }
// a deprecated GDK method is not in the metaclass: disjoint(Iterable) alone takes the null
t("List.disjoint") { [1, 2].disjoint(null) }
// a category's method only inside use(TimeCategory): Date.plus(int) takes no null
t("Date.plus outside use") { new Date(0L).plus(null) }
t("String.multiply") { "ab".multiply(null) }

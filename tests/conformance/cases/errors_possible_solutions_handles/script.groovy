// "Possible solutions:" for the mistakes authors make most: a GDK typo, a wrong service handle
// method or arity (the uncaught error: stdout would name the oracle's mock classes), a GString
// receiver (Groovy retries the call on its String)
def t(String label, Closure c) {
    try { println "${label}: ${c()}" } catch (Exception e) { println "${label}: ${e.class.simpleName}: ${e.message}" }
}
def who = "amelia"
t("string typo") { "abc".capitalise() }
t("list typo") { [1].sizee() }
t("date typo") { new Date().formatt("y") }
t("gstring typo") { "hi ${who}".capitalise() }
t("gstring arity") { "hi ${who}".padLeft("x") }
customMetricService.upsertMetric("visits", 3)

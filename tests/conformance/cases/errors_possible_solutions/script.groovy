// MissingMethodException / MissingPropertyException end with Groovy's "Possible solutions:"
class Bot {
    String name
    int count
    def greet() { "hi" }
    def greet(String who, int times = 1) { "hi ${who}" * times }
    private String secret = "s"
    static String TAG = "t"
}
class Robot extends Bot {
    boolean active
    def beep(int n) { "beep" * n }
}
String shout(String s) { s.toUpperCase() }
def shout(List items, String sep) { items.join(sep) }
def t(String label, Closure c) {
    try { println "${label}: ${c()}" } catch (Exception e) { println "${label}: ${e.class.simpleName}: ${e.message}" }
}
t("string typo") { "abc".toUppercase() }
t("string arity") { "abc".capitalize(1) }
t("string property") { "abc".bytez }
t("string property far") { "abc".lenght }
t("list method") { [1, 2].sise() }
t("decimal") { 2.5.setScal(1) }
t("date property") { new Date().tim }
t("math static") { Math.maxx(1, 2) }
t("class method") { new Bot().grete() }
t("class arity") { new Bot().greet(1) }
t("class null arg") { new Bot().greet(null, null, null) }
t("class static") { Bot.greet() }
t("class property") { new Bot().nme }
t("class property set") { new Bot().nam = 1 }
t("class static property") { Bot.TAGG }
t("subclass") { new Robot().bep(2) }
t("subclass property") { new Robot().activ }
t("script method") { shot("x") }
t("script method arg") { shout(1) }
t("script variable") { customerNme }
t("integer property") { 5.valu }
t("exception") { new RuntimeException("x").getMesage() }
t("builder") { new StringBuilder().appendd("x") }

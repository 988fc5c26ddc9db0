class E1x extends RuntimeException { E1x(String m){ super(m) } }
class E2 extends E1x { E2() { super("x") } }
interface I {}
enum Level { LOW, MID, HIGH }
class P {}
def e = new E2()
def c = e.class
while (c != null) { println c; c = c.superclass }
println P.superclass
println P.superclass.superclass
println Level.superclass
println Level.LOW.class.superclass
println I.superclass
println "abc".class.superclass
println 3.class.getSuperclass()
println new ArrayList().class.superclass.superclass
println([:].getClass().superclass)
println new java.net.SocketTimeoutException("x").class.superclass
println Exception.superclass.superclass
println String.superclass.superclass
class Account {
    String id
    BigDecimal balance = 0
    String status = "open"
    List<String> audit = []
    private int secret = 3
    static int counter = 1
    BigDecimal getBalance() { audit << "getBalance"; return balance }
    String getStatus() { status.toUpperCase() }
    String getExtra() { "x" }
    boolean isActive() { true }
    String getBroken() { throw new IllegalStateException("no") }
    int getSecret() { secret }
}
def a = new Account(id: "A1")
println a.properties
println a.getProperties()
println a.audit
class PA { String ad; String an; String au; String bv }
class PB { String bv; String au; String an; String ad }
class PC { String ad; String an; String getAu() { "x" }; String bv; String getIe() { "y" } }
class PD { String co; static String dt; String ed; String getFj() {"z"}; boolean isGw() { true }; String dd }
class PE extends PA { String ie; String io }
class PF { String getCo() {"1"}; String getDt() {"2"}; String ed; String co0 }
class PG { String a1; String a2; String a3; String a4; String a5; String a6; String a7; String a8; String a9; String b1; String b2; String b3; String b4; String b5; String b6; String b7; String b8; String b9; String c1; String c2; String c3; String c4; String c5; String getURL() { "u" } }
println new PA().properties.keySet()
println new PB().properties.keySet()
println new PC().properties.keySet()
println new PD().properties.keySet()
println new PE().properties.keySet()
println new PF().properties.keySet()
println new PG().properties.keySet()
println new PG(a1: "q").properties.a1
def props = a.properties
props.each { k, v -> println "$k=$v" }
execution.setVariable("propNames", props.keySet().toList())
execution.setVariable("superName", new E2().class.superclass.superclass.name)

// Traits: fields and methods mixed into the classes that implement them.
trait Named {
    String name = "anon"
    String greet() { "Hi ${name}" }
    String kind() { "named" }
}

trait Counted {
    int count = 0
    static int created = 0
    def bump(int by = 1) { count += by; this }
    String kind() { "counted" }
}

trait Loud extends Named {
    String shout() { greet().toUpperCase() + "!" }
}

trait Sized {
    abstract int size()
    boolean isBig() { size() > 3 }
}

class Agent implements Named, Counted {
    String role = "support"
}

class Bot implements Counted, Named {
    String greet() { "Beep ${name}" }
}

class Crier implements Loud, Sized {
    List items = []
    int size() { items.size() }
}

class Base implements Counted {}
class Child extends Base implements Named {}

def a = new Agent(name: "Ann")
a.bump().bump(2)
println "${a.greet()} count=${a.count} kind=${a.kind()} role=${a.role}"
def b = new Bot(name: "R2")
println "${b.greet()} kind=${b.kind()} count=${b.bump(5).count}"
def c = new Crier(name: "Max", items: [1, 2, 3, 4])
println "${c.shout()} big=${c.big} ${c.isBig()}"
println "instanceof: ${a instanceof Named} ${a instanceof Counted} ${b instanceof Loud} ${c instanceof Named} ${c instanceof Sized}"
def child = new Child(name: "Kid")
println "${child.greet()} ${child.bump(3).count} ${child instanceof Counted}"
def fresh = new Agent()
println "fresh: ${fresh.name} ${fresh.count}"
Named n = a
println n.greet()
def describe(Named x) { x.greet() + "/" + x.getClass().simpleName }
println describe(b)
a.name = "Zed"
println a.greet()
execution.setVariable("agent", a.greet())
println a.missing

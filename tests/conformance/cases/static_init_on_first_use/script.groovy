// Groovy initialises a script class on its first use (new, a static method or field; a
// superclass before its subclass), not before the script's first statement
class Trace { static List events = [] }
class A {
    static int x = init("A.x")
    static String y = init("A.y")
    static init(String n) { Trace.events << "init $n"; return n.size() }
}
class B {
    static List items = [1, 2]
    static int count = { Trace.events << "init B"; 5 }()
    static int twice() { count * 2 }
}
class C {
    static z = { Trace.events << "init C"; 3 }()
    int w = 1
}
enum Color {
    RED, GREEN
    Color() { Trace.events << "make enum constant" }
}
class P { static p = { Trace.events << "init P"; 1 }() }
class Q extends P { static q = { Trace.events << "init Q"; 2 }() }
interface K { int LIMIT = 3 }
class R { static r = { Trace.events << "init R"; 1 }() }
class Impl implements K { }

def step(String what) { Trace.events << what }
step "start"
step "A.x=${A.x}"
step "A.y=${A.y}"
step "B.twice=${B.twice()}"
step "before new C"
def c = new C()
step "after new C"
step "C.z=${C.z}"
step "colors"
step "values=${Color.values().size()}"
step "valueOf=${Color.valueOf('GREEN')}"
step "Q.q=${Q.q}"
step "P.p=${P.p}"
step "K.LIMIT=${K.LIMIT}"
step "Impl.LIMIT=${new Impl().LIMIT}"
step "R.name=${R.name} ${R.simpleName}"
step "instanceof ${'s' instanceof R}"
def rc = R
step "ref ${rc == R}"
step "R.r=${R.r}"
Trace.events.each { println it }

// an exception in a static initialiser is ExceptionInInitializerError (an Error: `catch (e)`
// does not catch it), and later uses of the class NoClassDefFoundError
class Trace { static List events = [] }
class D {
    static int v = boom()
    static int boom() { Trace.events << "init D"; throw new IllegalStateException("bad") }
}
println "start"
try { println D.v } catch (Throwable e) { println "caught ${e.class.name}: ${e.message} ${e.cause}" }
try { println D.v } catch (Throwable e) { println "again ${e.class.name}: ${e.message}" }
try { new D() } catch (Error e) { println "new ${e.class.name}: ${e.message}" }
try { println D.v } catch (LinkageError e) { println "linkage ${e.class.name}" }
println Trace.events
try { D.v } catch (Exception e) { println "not here" }

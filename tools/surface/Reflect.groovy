// Reads queries (one per line, tab-separated) on stdin and prints, for each, the real JVM
// signatures in Jenkins script-security whitelist format. Run by tools/surface/reflect.py.
//
//   instance <kind> <class> <name>   methods callable on a <class> value: its public instance
//                                     methods and the GDK static methods whose receiver fits it
//   static <class> <name>            public static methods
//   new <class>                      public constructors
//   staticField <class> <name>       a public static field (enum constants included)
//   target <kind> <class>            every member of <class> (instance + GDK), for coverage
//   supers <kind> <class>            <class> and all its superclasses and interfaces
//   type <class> <class>             "interface <class>", or "class <class>" and its superclasses
//                                     up to java.lang.Object (Groovy's null-argument distances)
//
// Output: "<query id>\t<line>" per signature, "<query id>\t-" when the JVM has none.
import java.lang.reflect.Modifier

def GDK = [org.codehaus.groovy.runtime.DefaultGroovyMethods,
           org.codehaus.groovy.runtime.StringGroovyMethods,
           org.codehaus.groovy.runtime.DateGroovyMethods,
           org.codehaus.groovy.runtime.EncodingGroovyMethods,
           org.codehaus.groovy.runtime.IOGroovyMethods,
           org.codehaus.groovy.vmplugin.v5.PluginDefaultGroovyMethods,
           // a category's methods act on their first parameter inside use(Category) { }
           groovy.time.TimeCategory]

def typeName
typeName = { Class c -> c.isArray() ? typeName(c.componentType) + "[]" : c.name }
def params = { m -> m.parameterTypes.collect { typeName(it) } }
def PRIMITIVE = [int: int, long: long, short: short, byte: byte, double: double, float: float, boolean: boolean, char: char]
def load
load = { String n ->
    if (n.endsWith("[]")) return java.lang.reflect.Array.newInstance(load(n[0..-3]), 0).getClass()
    PRIMITIVE[n] ?: Class.forName(n)
}
// static methods Groovy adds to a class (`Date.parse(format, text)`): the first parameter
// names the class
def GDK_STATIC = [org.codehaus.groovy.runtime.DefaultGroovyStaticMethods]

def instanceLines = { Class c, String name ->
    def out = new LinkedHashSet()
    def all = c.methods.findAll { (name == null || it.name == name) && !Modifier.isStatic(it.modifiers) }
    // a bridge method counts when no other method has its parameters: Groovy's metaclass has
    // the interface method it stands for (Comparable.compareTo(Object): `3.compareTo(null)`
    // calls it, `3.compareTo("x")` is its ClassCastException); StringBuilder.charAt is also a
    // bridge, to the package-private AbstractStringBuilder's, with the same parameters
    all.findAll { m -> !m.bridge || !all.any { o -> !o.bridge && o.name == m.name && o.parameterTypes == m.parameterTypes } }.each {
        out << ((["method", typeName(c), it.name] + params(it)).join(" "))
    }
    // the GDK methods Groovy installs as meta-methods (Number.plus, arrays' getAt/putAt ...)
    GroovySystem.metaClassRegistry.getMetaClass(c).metaMethods.findAll {
        it.getClass().name.startsWith("org.codehaus.groovy.runtime.dgmimpl.") && (name == null || it.name == name)
    }.each { mm ->
        out << ((["staticMethod", mm.getClass().name, mm.name, typeName(mm.declaringClass.theClass)] + mm.nativeParameterTypes.collect { typeName(it) }).join(" "))
    }
    // a deprecated GDK method is not in Groovy's metaclass (MetaClassRegistryImpl skips it):
    // `"a".multiply(n)` is StringGroovyMethods' CharSequence one, never the deprecated String one
    GDK.each { g ->
        g.methods.findAll { (name == null || it.name == name) && Modifier.isStatic(it.modifiers) && it.parameterTypes.length > 0 && it.parameterTypes[0].isAssignableFrom(c) && it.getAnnotation(Deprecated) == null }.each {
            out << ((["staticMethod", g.name, it.name] + params(it)).join(" "))
        }
    }
    out
}

System.in.eachLine { line ->
    def q = line.split("\t") as List
    def id = q[0]
    def kind = q[1]
    def lines = []
    try {
        switch (kind) {
            case "instance":
                lines = instanceLines(load(q[3]), q[4]); break
            case "static":
                def c = load(q[2])
                lines = c.methods.findAll { it.name == q[3] && Modifier.isStatic(it.modifiers) }.collect { (["staticMethod", c.name, it.name] + params(it)).join(" ") }
                GDK_STATIC.each { g ->
                    lines += g.methods.findAll { it.name == q[3] && Modifier.isStatic(it.modifiers) && it.parameterTypes.length > 0 && it.parameterTypes[0] == c }.collect { (["staticMethod", g.name, it.name] + params(it)).join(" ") }
                }
                break
            case "new":
                def c = load(q[2])
                lines = c.constructors.findAll { Modifier.isPublic(it.modifiers) }.collect { (["new", c.name] + params(it)).join(" ") }
                break
            case "staticField":
                def c = load(q[2])
                lines = c.fields.findAll { it.name == q[3] && Modifier.isStatic(it.modifiers) }.collect { "staticField ${c.name} ${it.name}".toString() }
                break
            case "supers":
                def c = load(q[3])
                def seen = new LinkedHashSet()
                def walk
                walk = { Class k -> if (k != null && seen.add(k)) { walk(k.superclass); k.interfaces.each { walk(it) } } }
                walk(c)
                if (c.isArray()) seen << Object
                if (c.isInterface()) seen << Object
                lines = ["kind ${q[2]} " + seen.collect { typeName(it) }.join(" ")]
                break
            case "type":
                def c = load(q[3])
                def chain = []
                for (def k = c.superclass; k != null; k = k.superclass) chain << typeName(k)
                lines = [((c.isInterface() ? ["interface", typeName(c)] : ["class", typeName(c)] + chain)).join(" ")]
                break
            case "target":  // what <class> itself declares: inherited members count for their owner
                def c = load(q[3])
                lines = instanceLines(c, null).findAll { sig ->
                    def w = sig.split(" ")
                    w[0] == "method" ? c.methods.any { m -> m.name == w[2] && m.declaringClass == c && !m.bridge && (params(m) == (w.length > 3 ? w[3..-1] : [])) }
                                     : (w.length > 3 && w[3] == typeName(c))
                } as List
                lines += c.methods.findAll { Modifier.isStatic(it.modifiers) && it.declaringClass == c }.collect { (["staticMethod", c.name, it.name] + params(it)).join(" ") }
                lines += c.constructors.findAll { Modifier.isPublic(it.modifiers) }.collect { (["new", c.name] + params(it)).join(" ") }
                lines += c.fields.findAll { Modifier.isStatic(it.modifiers) && it.declaringClass == c }.collect { "staticField ${c.name} ${it.name}".toString() }
                break
        }
    } catch (ClassNotFoundException e) {
        lines = []
        println "${id}\t!no class ${e.message}"
    }
    if (!lines) println "${id}\t-"
    lines.unique().sort().each { println "${id}\t${it}" }
}

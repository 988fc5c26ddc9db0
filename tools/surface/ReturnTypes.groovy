// Side query for tools/surface/fuzz.py: the return type of each signature line, and the Java
// types each type is assignable to. Return types stay out of the signature files (they are
// Jenkins whitelist lines); the fuzzer asks the JVM once per run.
//
// stdin: signature lines, then a line "--", then Java type names (one a line).
// stdout: "ret\t<line>\t<return type>" per line ("?" when the JVM does not say),
//         "sup\t<type>\t<type> <supertypes...>" per type ("?" for an unknown class).
import java.lang.reflect.Modifier

def typeName
typeName = { Class c -> c.isArray() ? typeName(c.componentType) + "[]" : c.name }
def PRIMS = [int: int, long: long, double: double, float: float, boolean: boolean, char: char, short: short, byte: byte]
def load
load = { String n ->
    if (n.endsWith("[]")) return java.lang.reflect.Array.newInstance(load(n[0..-3]), 0).getClass()
    PRIMS[n] ?: Class.forName(n)
}
def HELPERS = [org.codehaus.groovy.runtime.DefaultGroovyMethods, org.codehaus.groovy.runtime.StringGroovyMethods,
               org.codehaus.groovy.runtime.DateGroovyMethods, org.codehaus.groovy.runtime.typehandling.NumberMath,
               org.codehaus.groovy.runtime.NumberAwareComparator]

def returnOf = { String line ->
    def w = line.split(" ") as List
    switch (w[0]) {
        case "new": return w[1]
        case "staticField": return typeName(load(w[1]).getField(w[2]).type)
        case "method":
        case "staticMethod":
            def params = w.drop(3).collect { load(it) } as Class[]
            if (w[1].contains(".dgmimpl.")) {
                // a meta-method class: its DefaultGroovyMethods twin says the type
                for (h in HELPERS) {
                    def m = h.methods.find { it.name == w[2] && it.parameterTypes as List == params as List }
                    if (m) return typeName(m.returnType)
                }
                return "java.lang.Object"
            }
            return typeName(load(w[1]).getMethod(w[2], params).returnType)
    }
    "?"
}

def types = false
System.in.eachLine { line ->
    if (line == "--") { types = true; return }
    if (!types) {
        def r
        try { r = returnOf(line) } catch (Throwable e) { r = "?" }
        println "ret\t${line}\t${r}"
    } else {
        try {
            def c = load(line)
            def seen = new LinkedHashSet()
            def walk
            walk = { Class k -> if (k != null && seen.add(k)) { walk(k.superclass); k.interfaces.each { walk(it) } } }
            walk(c)
            if (c.isArray() && !c.componentType.isPrimitive()) seen << Object[]
            if (!c.isPrimitive()) seen << Object
            println "sup\t${line}\t" + seen.collect { typeName(it) }.join(" ")
        } catch (Throwable e) {
            println "sup\t${line}\t?"
        }
    }
}

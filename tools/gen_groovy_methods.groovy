// Writes convoscript/runtime/core/groovy_methods.txt: for each Java class a script can hold, the
// methods and properties Groovy 2.4's MethodRankHelper ranks for "Possible solutions:" (the
// class's MetaClass getMethods() then getMetaMethods(), in that order, which breaks ties), and
// the pieces the runtime composes for classes a script defines (scripts, classes, closures).
//
// New classes go at the end of the list: the meta methods' order (which breaks ties) depends on
// what the JVM did before, so the classes already listed keep their order only if they come first.
//
// Usage: JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 groovy tools/gen_groovy_methods.groovy OUT
import org.codehaus.groovy.reflection.ClassInfo

class Empty {}

def out = new File(args[0])
def table = [:] as LinkedHashMap   // signature -> index
def idx = { String s -> table.computeIfAbsent(s) { table.size() } }
def sig = { m -> m.name + "(" + m.parameterTypes*.name.join(", ") + ")" }
def sections = []

def javaClasses = '''
java.lang.Object java.lang.String org.codehaus.groovy.runtime.GStringImpl java.lang.Integer
java.lang.Long java.lang.Short java.lang.Byte java.lang.Double java.lang.Float java.lang.Character
java.lang.Boolean java.math.BigDecimal java.math.BigInteger java.math.MathContext
java.math.RoundingMode java.util.ArrayList java.util.LinkedList java.util.LinkedHashMap
java.util.HashMap java.util.TreeMap java.util.LinkedHashSet java.util.HashSet java.util.TreeSet
groovy.lang.IntRange groovy.lang.EmptyRange groovy.lang.ObjectRange java.util.LinkedHashMap$Entry
java.lang.StringBuilder java.lang.StringBuffer java.lang.Class java.lang.Math java.util.Date
java.util.GregorianCalendar java.text.SimpleDateFormat java.util.UUID java.util.Random
java.util.Locale java.util.regex.Matcher java.util.regex.Pattern java.util.Collections
java.util.Arrays java.util.Arrays$ArrayList java.util.Collections$UnmodifiableCollection
java.util.Collections$UnmodifiableMap java.util.Collections$UnmodifiableRandomAccessList
java.util.Collections$UnmodifiableSet java.util.LinkedHashMap$LinkedEntrySet
java.util.LinkedHashMap$LinkedKeySet java.time.LocalDate java.time.LocalDateTime java.time.LocalTime
java.time.ZonedDateTime java.time.Instant java.time.Duration java.time.Period java.time.DayOfWeek
java.time.Month java.time.ZoneOffset java.time.ZoneRegion java.time.format.DateTimeFormatter
java.time.format.TextStyle java.time.temporal.ChronoUnit groovy.json.JsonSlurper
groovy.json.JsonBuilder groovy.json.JsonOutput groovy.json.internal.LazyMap java.io.StringWriter
groovy.lang.MapWithDefault sun.util.calendar.ZoneInfo java.util.TimeZone
java.lang.Throwable java.lang.Exception java.lang.Error java.lang.AssertionError
org.codehaus.groovy.runtime.powerassert.PowerAssertionError java.lang.StackOverflowError
java.lang.RuntimeException javax.script.ScriptException java.io.IOException
java.lang.ArithmeticException java.lang.NullPointerException java.lang.IllegalArgumentException
java.lang.NumberFormatException java.lang.IllegalStateException java.lang.IndexOutOfBoundsException
java.lang.ArrayIndexOutOfBoundsException java.lang.StringIndexOutOfBoundsException
java.lang.UnsupportedOperationException java.lang.ClassCastException
java.util.ConcurrentModificationException java.util.NoSuchElementException
groovy.lang.GroovyRuntimeException org.codehaus.groovy.runtime.typehandling.GroovyCastException
groovy.lang.MissingMethodException groovy.lang.MissingPropertyException
groovy.lang.ReadOnlyPropertyException groovy.lang.MissingFieldException groovy.json.JsonException
java.util.regex.PatternSyntaxException java.util.IllegalFormatException
java.util.MissingFormatArgumentException java.util.IllegalFormatConversionException
java.util.UnknownFormatConversionException java.lang.NegativeArraySizeException
java.text.ParseException java.time.DateTimeException java.time.format.DateTimeParseException
java.time.zone.ZoneRulesException java.time.temporal.UnsupportedTemporalTypeException
groovy.lang.Closure groovy.lang.GString groovy.lang.Range java.lang.CharSequence
java.lang.Comparable java.lang.Iterable java.lang.Number java.lang.Runnable java.text.DateFormat
java.time.ZoneId java.util.Calendar java.util.Collection java.util.Comparator java.util.List
java.util.Map java.util.Map$Entry java.util.Set java.util.SortedSet java.util.function.BiConsumer
java.util.function.BiFunction java.util.function.BiPredicate java.util.function.BinaryOperator
java.util.function.Consumer java.util.function.Function java.util.function.Predicate
java.util.function.Supplier java.util.function.UnaryOperator java.time.OffsetDateTime
'''.trim().split(/\s+/)

def metaOf = { Class c -> ClassInfo.getClassInfo(c).getMetaClass() }
def add = { String name, List<String> sigs -> sections << [name, sigs.collect { idx(it) }] }

javaClasses.each { String name ->
    def mc = metaOf(Class.forName(name))
    add(name, mc.getMethods().collect(sig))
    add("+" + name, mc.getMetaMethods().collect(sig))
    add("%" + name, mc.getProperties()*.name)
}
// Pieces for classes a script defines (the runtime sorts their declared methods as Groovy does).
def empty = metaOf(Empty)
add("@object", metaOf(Object).getMethods().collect(sig))
add("@groovyobject.declared", empty.getMethods().drop(9).collect { it.returnType.name + " " + sig(it) })
add("@groovyobject.meta", empty.getMetaMethods().collect(sig))
add("@script.base", metaOf(Script).getMethods().collect(sig))
def script = metaOf(new GroovyShell().parse("1").getClass())
add("@script.meta", script.getMetaMethods().collect(sig))
def closure = metaOf({ -> 1 }.getClass())
add("@closure.base", closure.getMethods().findAll { it.name != "doCall" }.collect(sig))
add("@closure.meta", closure.getMetaMethods().collect(sig))

out.withWriter("UTF-8") { w ->
    w << "# Generated by tools/gen_groovy_methods.groovy from Groovy ${GroovySystem.version} on Java " +
         "${System.getProperty('java.version')}; do not edit.\n"
    w << "# Sections name a class (its methods), +class (its meta methods: the GDK's, ranked after\n"
    w << "# its own), %class (its properties) or @piece; each lists\n"
    w << "# indexes into the signature table that follows the line '='.\n"
    sections.each { n, ids -> w << n << "\n" << ids.join(" ") << "\n" }
    w << "=\n"
    table.keySet().each { w << it << "\n" }
}

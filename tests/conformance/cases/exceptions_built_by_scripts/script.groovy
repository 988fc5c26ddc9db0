// Exceptions a script builds itself, to rethrow from a helper or to model a failure
class Lookup { def value }
def fail(Closure c) { try { c(); "no error" } catch (Exception e) { "${e.getClass().simpleName}: ${e.message}" } }

def mme = new MissingMethodException("greet", String, ["Ann", 3] as Object[])
println mme.getMethod() + " " + mme.method + " " + mme.type + " " + mme.arguments.toList() + " " + mme.isStatic()
println mme.message.readLines()[0]
println new MissingMethodException("greet", Lookup, [] as Object[], true).message.readLines()[0]
println new MissingMethodException("greet", Lookup, null).arguments.length

def mpe = new MissingPropertyException("colour", Lookup)
println mpe.getProperty() + " " + mpe.property + " " + mpe.type.name
println mpe.message
println new MissingPropertyException("custom text").message
println new MissingPropertyException("custom text", "size", String).message
def withCause = new MissingPropertyException("colour", Lookup, new IllegalStateException("closed"))
println withCause.message
println withCause.cause

println fail { throw new MissingPropertyException("missing", Lookup) }
try { throw new MissingMethodException("go", Integer, [1] as Object[]) } catch (MissingMethodException e) { println "caught " + e.method + "/" + e.arguments[0] }

def pse = new java.util.regex.PatternSyntaxException("Unclosed group", "(ab", 3)
println pse.description + " | " + pse.pattern + " | " + pse.index
println pse.message
println new java.util.regex.PatternSyntaxException("Bad", "abc", -1).message
println new java.util.regex.PatternSyntaxException("Bad", "abc", 7).message
println pse instanceof IllegalArgumentException

def pe = new java.text.ParseException("Unparseable: \"x\"", 4)
println pe.message + " at " + pe.errorOffset + " / " + pe
println fail { throw pe }

def dtpe = new java.time.format.DateTimeParseException("Text '2024-13' could not be parsed", "2024-13", 5)
println dtpe.parsedString + " " + dtpe.errorIndex + " " + dtpe.message
def wrapped = new java.time.format.DateTimeParseException("bad", new StringBuilder("ab"), 1, new RuntimeException("inner"))
println wrapped.parsedString + " " + wrapped.cause.message
try { throw dtpe } catch (java.time.DateTimeException e) { println "caught as DateTimeException: " + e.getClass().name }

println new groovy.json.JsonException("bad json", new RuntimeException("x")).cause.message
println new groovy.json.JsonException(new RuntimeException("boom")).message

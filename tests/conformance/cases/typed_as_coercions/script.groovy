// `as` and typed assignment between the kinds of value a flow script holds.
def show(String label, Closure make) {
    try {
        def v = make()
        println "${label} -> ${v} (${v == null ? 'null' : v.getClass().simpleName})"
    } catch (Exception e) {
        println "${label} -> ${e.class.simpleName}"
    }
}

def tags = execution.getVariable("tags")
def amount = execution.getVariable("amount")
def flag = execution.getVariable("flag")
def name = "Ann"
def greeting = "hi ${name}"

show("list as Set") { tags as Set }
show("list as SortedSet") { tags as SortedSet }
show("list as String[]") { (tags as String[]).length }
show("set as List") { (tags as Set) as List }
show("set as Collection") { (tags as Set) as Collection }
show("set as Iterable") { (tags as Set) as Iterable }
show("range as List") { (1..3) as List }
show("range as Set") { (1..3) as Set }
show("string as List") { "abc" as List }
show("immutable as List") { tags.asImmutable() as List }
show("immutable as ArrayList") { tags.asImmutable() as ArrayList }
show("immutable as Set") { tags.asImmutable() as Set }
show("immutable map as Map") { [a: 1].asImmutable() as Map }
show("amount as int") { amount as int }
show("amount as long") { amount as long }
show("amount as Double") { amount as Double }
show("amount as String") { amount as String }
show("amount as BigInteger") { amount as BigInteger }
show("text as BigDecimal") { "12.50" as BigDecimal }
show("text as Integer") { "42" as Integer }
show("text as Long") { "42" as Long }
show("text as double") { "2.5" as double }
show("flag as boolean") { flag as boolean }
show("text as Boolean") { "false" as Boolean }
show("empty as boolean") { "" as boolean }
show("zero as Boolean") { 0 as Boolean }
show("gstring as String") { greeting as String }
show("gstring as Comparable") { greeting as Comparable }
show("gstring as CharSequence") { greeting as CharSequence }
show("char as int") { ('A' as char) as int }
show("int as char") { 66 as char }
show("number as Number") { 5 as Number }
show("list as Object") { tags as Object }
show("map as Map") { [k: 'v'] as Map }
show("list as String") { tags as String }
show("null as String") { null as String }
show("null as List") { null as List }

Set<String> uniqueTags = tags
List<Integer> digits = 1..4
String text = 42
Integer truncated = 3.99
BigDecimal decimal = 7
long big = 5
double ratio = 1
Boolean yes = true
Collection<String> collection = uniqueTags
Iterable<Integer> iterable = digits
Object anything = collection
Comparable<String> comparable = "text"
CharSequence sequence = greeting
Number number = 2.5
println "typed: ${uniqueTags} ${uniqueTags.getClass().simpleName}, ${digits} ${digits.getClass().simpleName}, ${text}, ${truncated}, ${decimal}, ${big}, ${ratio}, ${yes}"
println "typed: ${collection.getClass().simpleName}, ${iterable.getClass().simpleName}, ${anything.getClass().simpleName}, ${comparable}, ${sequence.getClass().simpleName}, ${number.getClass().simpleName}"

execution.setVariable("uniqueTags", uniqueTags as List)

import java.time.*
def vals = [
  "str": "abc", "gstr": "${'ab'}c", "chr": ('a' as char), "str1": "a", "bool": true, "int": 3, "long": 3L, "bd": 1.5G, "dbl": 2.5d,
  "list": [1], "map": [a:1], "range": (1..3), "sb": new StringBuilder("x"), "date": new Date(0), "ld": LocalDate.of(2024,1,1),
  "month": Month.MAY, "dow": DayOfWeek.MONDAY, "set": [1] as Set, "uuid": UUID.fromString("00000000-0000-0000-0000-000000000001"),
  "dur": Duration.ofSeconds(5)
]
vals.each { ka, a ->
  vals.each { kb, b ->
    String out
    try { out = String.valueOf(a <=> b) } catch (Throwable e) { out = "!! " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll(/@[0-9a-f]+/, "@HASH") }
    println("$ka <=> $kb: $out")
  }
}
// sorting mixed values: Groovy's NumberAwareComparator falls back to hash codes when compareTo cannot cast
println([3, "b", 2.5G, "a", 1L].sort { a, b -> (a instanceof Number) == (b instanceof Number) ? a <=> b : ((a instanceof Number) ? -1 : 1) })
println([[a: 1], 1234.5678d, -0.0d].collect { v -> try { [1] <=> v } catch (e) { e.message } })
println([1000000, 1234.5678d, 2.5G, 1e308d].collect { v -> try { [1] <=> v } catch (e) { e.message } })
try { println(('a' as char) < "abc") } catch (ClassCastException e) { println("CCE " + e.message) }
println("${'x'}" <=> 5)

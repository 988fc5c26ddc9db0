// A debugging helper that reports what kind of value a slot holds, by the Java types it is.
import java.math.RoundingMode
import java.time.DayOfWeek
import java.time.Duration
import java.time.LocalDate
import java.time.Month
import java.util.regex.Pattern

static String kinds(Object value) {
    List<String> found = []
    if (value instanceof CharSequence) found << "CharSequence"
    if (value instanceof Comparable) found << "Comparable"
    if (value instanceof Number) found << "Number"
    if (value instanceof Collection) found << "Collection"
    if (value instanceof List) found << "List"
    if (value instanceof Set) found << "Set"
    if (value instanceof HashSet) found << "HashSet"
    if (value instanceof LinkedHashSet) found << "LinkedHashSet"
    if (value instanceof SortedSet) found << "SortedSet"
    if (value instanceof Map) found << "Map"
    if (value instanceof HashMap) found << "HashMap"
    if (value instanceof StringBuilder) found << "StringBuilder"
    if (value instanceof Iterable) found << "Iterable"
    if (value instanceof Closure) found << "Closure"
    if (value instanceof Runnable) found << "Runnable"
    return found.join("/") ?: "-"
}

Map<String, Object> slots = [
        text     : "abc",
        gstring  : "id-${execution.getVariable('id')}",
        buffer   : "a" << "b",
        builder  : new StringBuilder("x"),
        number   : 42,
        decimal  : 1.5,
        list     : [1, 2],
        readOnly : [1, 2].asImmutable(),
        set      : [1, 2] as Set,
        hashSet  : new HashSet([1, 2]),
        treeSet  : new TreeSet([2, 1]),
        keys     : [a: 1].keySet(),
        map      : [a: 1],
        treeMap  : new TreeMap([a: 1]),
        range    : 1..3,
        closure  : { it },
        date     : LocalDate.of(2024, 1, 1),
        duration : Duration.ofMinutes(5),
        weekday  : DayOfWeek.FRIDAY,
        month    : Month.MAY,
        rounding : RoundingMode.HALF_UP,
        pattern  : Pattern.compile("x"),
]
slots.each { String name, Object value -> println "${name.padRight(9)} ${kinds(value)}" }

CharSequence seq = slots.buffer
Set<Integer> fromHash = slots.hashSet
LinkedHashSet<Integer> linked = slots.hashSet
SortedSet<Integer> sorted = slots.treeSet
Comparable<DayOfWeek> day = slots.weekday
println "seq ${seq} ${seq.getClass().simpleName}, linked ${linked.getClass().simpleName}, sorted ${sorted.first()}, day ${day}"
try {
    StringBuilder notABuilder = slots.buffer
    println "not reached ${notABuilder}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}
execution.setVariable("kinds", slots.collectEntries { k, v -> [k, kinds(v)] })

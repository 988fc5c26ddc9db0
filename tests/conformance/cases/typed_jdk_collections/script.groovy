// Read-only configuration tables, Java style: unmodifiable collections in typed fields and locals.
class Channels {
    static final List<String> SUPPORTED = ["web", "sms", "voice"].asImmutable()
    static final Map<String, Integer> LIMITS = Collections.unmodifiableMap([web: 500, sms: 160, voice: 0])
    static final Set<String> PAID = Collections.unmodifiableSet(["sms", "voice"] as Set)
    static final Collection<String> ALL = Collections.unmodifiableCollection(["web", "sms", "voice", "chat"])

    static List<String> supported() { SUPPORTED }
    static Map<String, Integer> limits() { return LIMITS }

    static boolean fits(String channel, String text) {
        Integer limit = LIMITS[channel]
        return limit == null || limit == 0 || text.length() <= limit
    }
}

List<String> supported = Channels.supported()
Map<String, Integer> limits = Channels.limits()
Set<String> paid = Channels.PAID
Collection<String> all = Channels.ALL
Iterable<String> iterable = Collections.unmodifiableList(["a", "b"])
println "supported ${supported}, limits ${limits}, paid ${paid}, all ${all}, iterable ${iterable}"
println "classes: ${[supported, limits, paid, all].collect { it.getClass().simpleName }}"
println "is List: ${supported instanceof List}, is Collection: ${paid instanceof Collection}, is Map: ${limits instanceof Map}"

List<String> sortedCopy = Collections.unmodifiableList(supported.sort(false))
List<Integer> fixed = Arrays.asList(3, 1, 2)
List<Integer> emptyList = Collections.emptyList()
Map<String, String> emptyMap = Collections.emptyMap()
println "sorted ${sortedCopy}, fixed ${fixed}, empty ${emptyList} ${emptyMap}"

Collection<Integer> fromSet = [3, 1, 3] as Set
Iterable<Integer> fromRange = 1..3
Collection<Integer> fromList = [1, 2]
SortedSet<String> sortedSet = new TreeSet<String>(["b", "a"])
Set<String> treeAsSet = sortedSet
List<Integer> linked = new LinkedList<Integer>([5, 6])
Map<String, Integer> tree = new TreeMap<String, Integer>([b: 2, a: 1])
Map<String, Integer> hash = new HashMap<String, Integer>([k: 1])
println "fromSet ${fromSet} ${fromSet.getClass().simpleName}, range ${fromRange}, list ${fromList}"
println "sortedSet ${sortedSet}, treeAsSet ${treeAsSet.getClass().simpleName}, linked ${linked.getClass().simpleName}"
println "tree ${tree} ${tree.getClass().simpleName}, hash ${hash.getClass().simpleName}"

def attempts = [
        "add to supported": { supported.add("chat") },
        "put into limits" : { limits.put("chat", 1000) },
        "remove from paid": { paid.remove("sms") },
        "clear all"       : { all.clear() },
        "set fixed"       : { fixed.set(0, 9); fixed },
        "add to fixed"    : { fixed.add(4) },
]
attempts.each { String what, Closure attempt ->
    try {
        println "${what}: ${attempt()}"
    } catch (UnsupportedOperationException e) {
        println "${what}: ${e.class.simpleName}"
    }
}

String requested = execution.getVariable("channel")
List<String> offered = new ArrayList<String>(supported)
if (!offered.contains(requested)) offered << requested
println "offered ${offered}, fits ${Channels.fits(requested, 'hello')}, sms fits ${Channels.fits('sms', 'x' * 200)}"

execution.setVariable("channels", offered)
execution.setVariable("paidChannel", paid.contains(requested))

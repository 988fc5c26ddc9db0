// A TreeMap or TreeSet in natural order compares the keys it is asked about: a key of another
// class, or one that is not Comparable, fails as in Java; removeIf's closure must answer a Boolean.
def prices = new TreeMap([apple: 3, pear: 2])
def tryIt(String label, Closure c) {
    try { println "$label: ${c()}" } catch (e) { println "$label: ${e.class.simpleName}: ${e.message}" }
}
tryIt("get") { prices.get("apple") }
tryIt("get int") { prices.get(3) }
tryIt("containsKey list") { prices.containsKey([1]) }
tryIt("empty get int") { new TreeMap().get(3) }
tryIt("empty get map") { new TreeMap().get([a: 1]) }
tryIt("remove") { prices.remove(7) }
tryIt("getOrDefault") { prices.getOrDefault("fig", 0) }
tryIt("headMap") { prices.headMap("b") }
tryIt("headMap incl") { prices.headMap("pear", true) }
tryIt("tailMap excl") { prices.tailMap("apple", false) }
tryIt("tailMap int") { prices.tailMap(3) }
tryIt("subMap") { prices.subMap("a", "z") }
tryIt("subMap keys") { prices.subMap(["pear"]) }
def ids = new TreeSet([3, 1, 2])
tryIt("contains") { ids.contains(2) }
tryIt("contains str") { ids.contains("2") }
tryIt("contains map") { ids.contains([a: 1]) }
tryIt("headSet") { ids.headSet(3) }
tryIt("by comparator") { new TreeSet({ a, b -> a.size() <=> b.size() } as Comparator).contains("x") }
tryIt("removeIf") { [1, 2, 3].removeIf { it > 1 } }
tryIt("removeIf int") { [1, 2, 3].removeIf { it } }
tryIt("removeIf set") { ids.removeIf { 'yes' } }
println ids

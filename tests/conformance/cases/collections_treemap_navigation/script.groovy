// TreeMap's NavigableMap methods, natural order and with a comparator
def tm = new TreeMap([b:2, d:4, f:6])
println tm.ceilingKey("c"); println tm.floorKey("c"); println tm.higherKey("d"); println tm.lowerKey("d")
println tm.ceilingKey("z"); println tm.floorKey("a"); println tm.higherKey("f"); println tm.lowerKey("b")
println tm.ceilingEntry("c"); println tm.floorEntry("a"); println tm.higherEntry("b"); println tm.lowerEntry("z")
println tm.firstEntry(); println tm.lastEntry()
println tm.descendingMap(); println tm.descendingKeySet(); println tm.navigableKeySet()
println tm.descendingMap().firstKey()
println tm.comparator()
println tm.pollFirstEntry(); println tm.pollLastEntry(); println tm
def prices = new TreeMap([10: "basic", 50: "plus", 100: "premium"])
[5, 10, 49, 75, 150].each { amount ->
    def tier = prices.floorEntry(amount)
    println "$amount -> ${tier?.value ?: 'none'} (next at ${prices.higherKey(amount)})"
}
def byLength = new TreeMap({ a, b -> a.size() <=> b.size() } as Comparator)
byLength.putAll([ccc: 3, a: 1, bb: 2])
println byLength.ceilingKey("xx"); println byLength.descendingMap()
def empty = new TreeMap()
println empty.pollFirstEntry(); println empty.ceilingKey(1)
try { tm.ceilingKey(null) } catch (NullPointerException e) { println "NPE" }

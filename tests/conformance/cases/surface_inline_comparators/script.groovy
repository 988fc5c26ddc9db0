// Comparator's members (compare, reversed, thenComparing) on JDK comparators, on a closure or
// a map `as Comparator` (the proxy sends the default methods to the closure), and OrderBy's
def fail = { String label, Closure c ->
    try { println "$label => ${c()}" } catch (Exception e) { println "$label !! ${e.class.name}: ${e.message?.readLines()?.getAt(0)}" }
}
def ci = String.CASE_INSENSITIVE_ORDER
println ci.compare('a', 'B')
println ci.reversed().compare('a', 'B')
println(['b', 'C', 'a'].sort(false, ci.reversed()))
println(['b', 'C', 'a'].sort(false, ci.reversed().reversed()))
def byLengthDesc = { a, b -> b.size() <=> a.size() } as Comparator
println(['b', 'B', 'a', 'cc'].sort(false, ci.thenComparing(byLengthDesc)))
println(['bb', 'a', 'ab', 'b'].sort(false, Comparator.comparing { it.size() }.thenComparing(ci)))
fail('compare one') { ci.compare('a') }
fail('compare ints') { ci.compare(1, 2) }
fail('compare null') { ci.compare(null, 'a') }
fail('compare null 2') { ci.compare('a', null) }
def cc = { a, b -> a <=> b } as Comparator
println cc.compare(1, 2)
println cc.compare(null, 1)
try { cc.reversed() } catch (MissingMethodException e) { println "reversed: MissingMethodException" }
try { cc.thenComparing(ci) } catch (MissingMethodException e) { println "thenComparing: MissingMethodException" }
def seven = { -> 7 } as Comparator
fail('closure result') { seven.reversed() }
def single = { it } as Comparator
println single.reversed()
println single.thenComparing(ci).is(ci)
def mc = [compare: { a, b -> a <=> b }] as Comparator
println mc.compare(2, 1)
fail('map reversed') { mc.reversed() }
fail('map thenComparing') { mc.thenComparing(mc) }
def ob = new OrderBy({ it.size() })
ob.add({ it })
println(['b', 'aa', 'a'].sort(false, ob))
println ob.isEqualityCheck()
println ob.equalityCheck
ob.setEqualityCheck(true)
println ob.equalityCheck
ob.equalityCheck = false
println ob.isEqualityCheck()
println ob.compare('a', 'bb')
fail('add number') { ob.add(1) }
fail('set number') { ob.setEqualityCheck(1) }
println "${ci instanceof Comparator} ${cc instanceof Comparator} ${ob instanceof Comparator} ${Comparator.comparing { it } instanceof Comparator}"
println ci.getClass().name
println ci.reversed().getClass().name

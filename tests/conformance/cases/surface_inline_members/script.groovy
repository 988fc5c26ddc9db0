// Members that value classes answered themselves, now declared: RoundingMode, JsonSlurper,
// map.withDefault, a map's keySet, String.chars(), EnumSet, TreeMap/HashMap put
import java.math.RoundingMode
def fail = { String label, Closure c ->
    try { println "$label => ${c()}" } catch (Exception e) { println "$label !! ${e.class.name}: ${e.message?.readLines()?.getAt(0)}" }
}
def up = RoundingMode.HALF_UP
println "${up.name()} ${up.toString()} ${up.ordinal()} ${up.compareTo(RoundingMode.UP)} ${RoundingMode.UP.compareTo(RoundingMode.FLOOR)}"
println up.equals(RoundingMode.HALF_UP)
fail('name property') { up.name }
fail('ordinal arg') { up.ordinal(1) }
fail('compareTo null') { up.compareTo(null) }
fail('toString arg') { up.toString(1) }
def js = new groovy.json.JsonSlurper()
println js.parseText('{"b":1,"a":[2]}')
fail('parse null') { js.parseText(null) }
fail('parse two') { js.parseText('1', '2') }
fail('parse int') { js.parseText(1) }
def wd = [a: 1].withDefault { it * 2 }
println "${wd.get(3)} ${wd[4]} ${wd.getAt(5)} ${wd.x} ${wd.get(1, 2)} ${wd.containsKey(9)}"
def key = 'k'
println wd["${key}"]
println wd
println wd.getClass().name
def m = [a: 1, b: 2, c: 3, d: 4]
def ks = m.keySet()
fail('keySet add') { ks.add('x') }
fail('keySet <<') { ks << 'x' }
fail('keySet addAll') { ks.addAll(['x']) }
fail('keySet leftShift none') { ks.leftShift() }
ks.remove('a'); println m
ks.removeAll(['b']); println m
ks.removeElement('c'); println m
println ks + 'z'
println ks.getClass().name
fail('entrySet add') { m.entrySet().add(null) }
def st = 'abc'.chars()
println "${'abc'.chars().count()} ${'abc'.chars().sum()} ${'abc'.chars().toArray() as List}"
fail('count arg') { st.count(1) }
enum Color { RED, GREEN, BLUE }
def es = EnumSet.of(Color.GREEN)
println "${es.add(Color.RED)} ${es.add(Color.RED)}"
println(es << Color.BLUE)
println "${EnumSet.noneOf(Color).addAll([Color.BLUE, Color.RED])} ${es.addAll([Color.BLUE])}"
println "${EnumSet.of(Color.BLUE) + Color.RED} ${EnumSet.of(Color.BLUE) + [Color.RED]} ${(EnumSet.of(Color.BLUE) + Color.RED).getClass().name}"
println "${es.clone()} ${es.clone().getClass().name}"
fail('EnumSet add string') { es.add('RED') }
def tm = new TreeMap([b: 1])
println "${tm.put('a', 2)} ${tm.put('a', 3)} $tm"
def i = 1
tm["a${i}"] = 5
println "$tm ${tm.keySet()*.getClass()*.name}"
println new TreeMap([1: 'a']).putAt(7, 9)
fail('TreeMap putAt other key') { tm.putAt(7, 9) }
fail('TreeMap put one') { new TreeMap().put('a') }
def hm = new HashMap()
println "${hm.put('x', 1)} ${hm.put('x', 2)} ${hm.put('y', 3)} $hm"
def em = new EnumMap(Color)
println "${em.put(Color.BLUE, 1)} ${em.put(Color.RED, 2)} ${em.put(Color.BLUE, 3)} $em"
em[Color.GREEN] = 4
println em
fail('EnumMap firstKey') { em.firstKey() }
fail('EnumMap ceilingKey') { em.ceilingKey(Color.RED) }
fail('EnumMap put string') { em.put('RED', 1) }

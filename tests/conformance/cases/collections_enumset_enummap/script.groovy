enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
def s = EnumSet.of(Day.FRI, Day.MON, Day.WED)
println s
println s.getClass().name
println EnumSet.noneOf(Day)
println EnumSet.allOf(Day)
println EnumSet.range(Day.TUE, Day.THU)
println EnumSet.complementOf(s)
println EnumSet.of(Day.SUN)
println s.contains(Day.MON)
println s.contains(Day.TUE)
s.add(Day.TUE); println s
s << Day.SAT; println s
s.remove(Day.MON); println s
println s.size()
println s.collect { it.name() }
println s.findAll { it.ordinal() > 2 }
println s.findAll { it.ordinal() > 2 }.getClass().name
println s == EnumSet.of(Day.TUE, Day.WED, Day.FRI, Day.SAT)
println s == [Day.TUE, Day.WED, Day.FRI, Day.SAT] as Set
println EnumSet.copyOf([Day.SUN, Day.MON])
println s instanceof Set
for (d in s) print d; println()
println s.first()
println s + Day.MON
println((s + Day.MON).getClass().name)
def m = new EnumMap(Day)
m[Day.WED] = "w"
m.put(Day.MON, "m")
m[Day.SUN] = "s"
println m
println m.getClass().name
println m[Day.MON]
println m.get(Day.TUE)
println m.keySet()
println m.values()
println m.containsKey(Day.WED)
m.each { k, v -> print "$k=$v;" }; println()
println m.collect { k, v -> k.name() + v }
m.remove(Day.WED); println m
println m.size()
def m2 = new EnumMap([(Day.FRI): 1, (Day.TUE): 2])
println m2
println m2 == [(Day.TUE): 2, (Day.FRI): 1]
println m2.findAll { k, v -> v > 1 }
println m2.findAll { k, v -> v > 1 }.getClass().name
println new EnumMap(m2)
try { new EnumMap(Day).put(null, 1) } catch (e) { println e.getClass().name }
try { m.put("x", 1) } catch (e) { println e.getClass().name + ": " + e.message }
println m.MON
println EnumSet.noneOf(Day).isEmpty()
println m.entrySet()
println m.firstKey
enum Other { X }
try { m.put(Other.X, 1) } catch (e) { println e.getClass().name + ": " + e.message }
try { s.add(Other.X) } catch (e) { println e.getClass().name + ": " + e.message }
try { EnumSet.range(Day.FRI, Day.MON) } catch (e) { println e.getClass().name + ": " + e.message }
try { new EnumMap([:]) } catch (e) { println e.getClass().name + ": " + e.message }
try { EnumSet.copyOf([]) } catch (e) { println e.getClass().name + ": " + e.message }
println m.getClass().superclass.name
println s.getClass().superclass.name
println m instanceof Map
println s.sort()
println m.sort { -it.key.ordinal() }
def counts = new EnumMap(Day)
[Day.FRI, Day.MON, Day.FRI].each { counts[it] = (counts[it] ?: 0) + 1 }
println counts
execution.setVariable("counts", counts.collectEntries { k, v -> [(k.name()): v] })
execution.setVariable("set", EnumSet.range(Day.MON, Day.WED)*.name())

// EnumSet and EnumMap over the JDK's enums (Month, DayOfWeek, RoundingMode), and the class
// of a map's views and iterators, as a flow script would print or compare them.
import java.time.DayOfWeek
import java.time.Month
import java.math.RoundingMode

def weekend = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)
println weekend
println weekend.contains(DayOfWeek.MONDAY)
println EnumSet.complementOf(weekend)
println EnumSet.range(Month.MARCH, Month.MAY)
println EnumSet.allOf(RoundingMode).size()
def none = EnumSet.noneOf(Month)
none << Month.DECEMBER << Month.JANUARY
println none
println none.clone().getClass().simpleName
println none.iterator().getClass().name
try { EnumSet.noneOf(String) } catch (ClassCastException e) { println e.message }
try { EnumSet.range(Month.MAY, Month.MARCH) } catch (IllegalArgumentException e) { println e.message }
try { none.add(DayOfWeek.MONDAY) } catch (ClassCastException e) { println e.message }

def hours = new EnumMap(DayOfWeek)
hours[DayOfWeek.FRIDAY] = 6
hours.put(DayOfWeek.MONDAY, 8)
hours.merge(DayOfWeek.FRIDAY, 2, { a, b -> a + b })
println hours
println hours.keySet().getClass().name
println hours.entrySet().getClass().name
println hours.keySet().iterator().getClass().name
println hours.clone().getClass().simpleName
try { hours.put("TUESDAY", 1) } catch (ClassCastException e) { println e.class.simpleName }
try { hours.putAll([x: 1]) } catch (ClassCastException e) { println e.class.simpleName }
println hours
println new EnumMap([(Month.MAY): 'm', (Month.APRIL): 'a'])

def tree = new TreeMap([b: 2, a: 1])
println tree.keySet().getClass().name
println tree.entrySet().getClass().name
println tree.keySet().iterator().getClass().name
println tree.clone().getClass().simpleName
def hash = new HashMap([b: 2, a: 1])
println hash.keySet().getClass().name + " " + hash.entrySet().getClass().name
println hash.clone()
println new TreeSet([3, 1, 2]).clone().getClass().simpleName
println new LinkedList([1, 2]).iterator().getClass().name
println Month.getClass().name

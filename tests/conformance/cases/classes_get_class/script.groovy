// getClass() on a class reference is the class of a class, as `.class.class` is
class Shape { String name }
enum Colour { RED, GREEN }
def values = [5, "text", 2.5G, [1, 2], [a: 1], 'x' as Character, new Shape(name: "s"), Colour.RED, null]
values.each { v ->
    def c = v.getClass()
    println "${c.name} -> ${c.getClass().name} / ${c.getClass().simpleName}"
}
println Integer.getClass()
println String.class.getClass().name == "java.lang.Class"
println Shape.getClass()
println Colour.getClass().getSuperclass()
println Integer.getClass().getClass().getClass()
println 5.getClass().getClass().is(Integer.getClass())
def describe(Object o) { o.getClass().getSimpleName() + " of " + o.getClass().getClass().getSimpleName() }
println describe(java.time.LocalDate.of(2024, 2, 29))
println describe(new StringBuilder("ab"))

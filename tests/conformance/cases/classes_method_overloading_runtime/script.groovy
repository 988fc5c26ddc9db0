class Describer {
    String describe(String s) { "string:${s}" }
    String describe(Integer i) { "integer:${i}" }
    String describe(List l) { "list:${l.size()}" }
    String describe(Object o) { "object:${o}" }
}
def d = new Describer()
Object o = "hello"
println d.describe(o)
println d.describe(5)
println d.describe([1, 2])
println d.describe(2.5)
println d.describe(true)
def things = ["a", 1, [3], 4L]
println things.collect { d.describe(it) }

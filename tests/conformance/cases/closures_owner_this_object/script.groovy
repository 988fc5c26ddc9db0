def c = { it }
println c.delegate == this
println c.owner == this
println c.thisObject == this
def outer = { -> { -> 1 } }
def inner = outer()
println inner.owner == outer
println inner.thisObject == this
println inner.delegate == outer
class K {
    def make() { return { -> 2 } }
    static def smake() { return { -> 3 } }
    def nested() { return { -> { -> 4 } }() }
    String toString() { "K!" }
}
def k = new K()
def kc = k.make()
println kc.owner
println kc.thisObject
println kc.delegate
println kc.owner.is(k)
def sc = K.smake()
println sc.owner
println sc.thisObject
def nc = k.nested()
println nc.thisObject
println nc.owner.getClass() == Closure || nc.owner instanceof Closure
println c.getOwner() == this
println c.getThisObject() == this
def d = { -> 5 }
d.delegate = [a: 1]
println d.owner == this
println d.delegate
def levels = []
def walk = { -> { -> { -> 1 } } }
def innermost = walk()()
def o = innermost
while (o instanceof Closure) { levels << (o == innermost ? "innermost" : o == walk ? "walk" : "middle"); o = o.owner }
println levels
println o == this
def curried = { a, b -> a + b }.curry(1)
println curried.owner == this
println curried.owner instanceof Closure
println curried.thisObject == this
println curried.thisObject
execution.setVariable("ownerIsInstance", kc.owner.is(k))
execution.setVariable("levels", levels)

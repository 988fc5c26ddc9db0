// a method a closure does not have goes to its owner, then its delegate (Groovy's ClosureMetaClass)
def helper(x) { "helped ${x}" }
def twice = { it * 2 }
println twice.helper(1)

class Greeter {
    String greet(String who) { "hello ${who}" }
}
def c = { -> 1 }
c.delegate = new Greeter()
println c.greet("ana")

def d = { -> 2 }
d.delegate = new Greeter()
d.resolveStrategy = Closure.DELEGATE_ONLY
try {
    d.helper(3)
} catch (MissingMethodException e) {
    println "delegate only: ${e.message.readLines()[0]}"
}

class Box {
    String label() { "box" }
    def make() { return { -> "in box" } }
}
def inner = new Box().make()
println inner.label()

try {
    twice.nothingHere(7)
} catch (MissingMethodException e) {
    println "neither: ${e.message.readLines()[0]}"
}
def outer = { -> { -> 5 } }
println outer().helper("nested")

abstract class Shape {
    String name
    abstract double area()
    String describe() { "${name}: ${String.format('%.2f', area())}" }
}
class Circle extends Shape {
    double r
    double area() { Math.PI * r * r }
}
class Rect extends Shape {
    double w, h
    double area() { w * h }
    String describe() { super.describe() + " (${w}x${h})" }
}
def shapes = [new Circle(name: 'c', r: 1), new Rect(name: 'r', w: 2, h: 3.5)]
shapes.each { println it.describe() }
println shapes.sort { it.area() }*.name
println shapes.sum { it.area() }.round(3)
class Counter {
    static int created = 0
    final String id
    private List<Integer> hits = []
    Counter(String id) { this.id = id; created++ }
    Counter hit(int n = 1) { hits << n; this }
    int getTotal() { hits.sum() ?: 0 }
    boolean equals(Object o) { o instanceof Counter && o.id == id }
    int hashCode() { id.hashCode() }
}
def c1 = new Counter('a').hit().hit(5)
def c2 = new Counter('a')
println "${c1.total} ${c2.total} ${Counter.created} ${c1 == c2} ${[c1, c2].unique().size()}"

interface Greeter { String greet(String who) }
class Polite implements Greeter { String greet(String who) { "Good day, $who" } }
Greeter g = new Polite()
println g.greet('Ann') + ' ' + (g instanceof Greeter)
enum Level { LOW, MEDIUM, HIGH
    Level next() { values()[(ordinal() + 1) % values().size()] }
}
println Level.LOW.next().name() + ' ' + Level.valueOf('HIGH').ordinal() + ' ' + Level.values()*.name()
println Level.MEDIUM > Level.LOW
def lv = Level.HIGH
switch (lv) { case Level.HIGH: println 'alert'; break; default: println 'ok' }
class Node { def value; Node next
    String toString() { next ? "$value -> $next" : "$value" } }
def list = new Node(value: 1, next: new Node(value: 2, next: new Node(value: 3)))
println list

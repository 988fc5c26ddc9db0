static <T> List<T> firstN(List<T> xs, int n) { xs.take(n) }
def <T> T pick(List<T> xs) { xs[0] }
static <T extends Comparable<T>> T biggest(List<T> xs) { xs.max() }
class Box<T> {
    T value
    public <R> Box<R> map(Closure<R> f) { new Box<R>(value: f(value)) }
    static <U extends Number> Box<U> of(U v) { new Box<U>(value: v) }
    String toString() { "Box(${value})" }
}
class Pair<A, B extends Comparable<B>> { A a; B b }
println firstN([1,2,3], 2)
println pick(["x","y"])
println biggest([3, 9, 2])
println Box.of(4).map { it * 2 }
def p = new Pair<String, Integer>(a: "k", b: 2)
println "${p.a} ${p.b}"
List<Map<String, List<Integer>>> nested = [[a: [1]]]
println nested
println(1 < 2 && 3 > 2)
static <T> T[] twice(T[] xs) { xs }
static <T> T coerce(Object o) { (T) o }
println coerce("q")
class Node<T> {
  T item
  List<T> items = []
  T[] arr
  Node(T item) { this.item = item }
  T get() { item }
}
def nd = new Node<String>("s")
println nd.get()
nd.item = 5
println nd.get()
interface Mapper<I, O> { O apply(I input) }
class Upper implements Mapper<String, String> { String apply(String s) { s.toUpperCase() } }
println new Upper().apply("ab")
static <K, V extends Comparable<V>> Map<K, V> topOne(Map<K, V> m) { m.max { it.value }.with { [(it.key): it.value] } }
println topOne([a: 3, b: 7])
execution.setVariable("generic", firstN(["p", "q", "r"], 2))

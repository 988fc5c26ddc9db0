def greet(String name, greeting = "Hello") {
    "${greeting}, ${name}!"
}
String shout(String s) {
    return s.toUpperCase()
}
int addInts(int a, int b) { a + b }
def describe(Map order, boolean verbose = false) {
    def base = "order ${order.id}"
    if (verbose) {
        return base + " with ${order.items.size()} items"
    }
    base
}
def nothing() { }
println greet("Ann")
println greet("Bob", "Hi")
println shout(greet("cy"))
println addInts(2, 3)
println addInts(2, 3).class.simpleName
println describe([id: 9, items: [1, 2]])
println describe([id: 9, items: [1, 2]], true)
println nothing()
def total(List<Integer> xs) { xs.sum() }
println total([1, 2, 3])
BigDecimal half(BigDecimal v) { v / 2 }
println half(5)
println half(5).class.simpleName
String label(int n) { n }
println label(7).class.simpleName

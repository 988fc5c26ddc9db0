class P { String n; int a
  P(String n, int a) { this.n = n; this.a = a }
  boolean equals(Object o) { o instanceof P && o.n == n && o.a == a }
  int hashCode() { Objects.hash(n, a) }
  String toString() { "P($n,$a)" }
}
def p1 = new P("x", 1), p2 = new P("x", 1)
println([Objects.equals(p1, p2), Objects.equals(null, null), Objects.equals(1, 1L), Objects.equals("a", "${'a'}"), Objects.equals([1], [1])])
println([Objects.hash(1, "a", null), Objects.hash(), Objects.hash(null), Objects.hashCode(null), Objects.hashCode("ab"), p1.hashCode() == p2.hashCode()])
println([Objects.toString(null), Objects.toString(p1), Objects.toString(null, "dflt"), Objects.toString(3, "d")])
println([Objects.isNull(null), Objects.nonNull(0), Objects.requireNonNull("v"), Objects.requireNonNullElse(null, "e")])
try { Objects.requireNonNull(null, "name is required") } catch (NullPointerException e) { println("NPE " + e.message) }
try { Objects.requireNonNull(null) } catch (NullPointerException e) { println("NPE " + e.message) }
try { Objects.requireNonNullElse(null, null) } catch (NullPointerException e) { println("NPE " + e.message) }
println(Objects.compare("a", "b", { x, y -> y <=> x } as Comparator))
println(Objects.deepEquals([1, [2]], [1, [2]]))
try { Objects.checkIndex(5, 3) } catch (IndexOutOfBoundsException e) { println(e.class.name + " " + e.message) }
println(Objects.checkIndex(1, 3))
println(Objects.hash(1.5d, 2L, true, 'c' as char, [1, 2], [a: 1]))
def s = new HashSet([p1, p2]); println(s.size())
println(java.util.Objects.isNull(null))
println(Objects.requireNonNull(null, { "built " + 42 }))

class Sku {
    String code
    boolean equals(Object other) {
        other instanceof Sku && other.code?.toUpperCase() == code?.toUpperCase()
    }
    int hashCode() { code?.toUpperCase()?.hashCode() ?: 0 }
    String toString() { code }
}
def a = new Sku(code: "ab-1")
def b = new Sku(code: "AB-1")
def c = new Sku(code: "xy-9")
println a == b
println a == c
println a.equals(b)
println a.is(b)
println([a, c].contains(b))
println([a, b, c].unique())
println a != c
println a == null

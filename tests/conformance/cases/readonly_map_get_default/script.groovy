// Map.get(key, default) stores the default for a missing key: on a read-only map that is
// UnsupportedOperationException, and the shared Collections.EMPTY_MAP stays empty.
def attempt(label, Closure c) {
    try {
        println "${label}: ${c()}"
    } catch (UnsupportedOperationException e) {
        println "${label}: UnsupportedOperationException"
    }
}
attempt("EMPTY_MAP missing") { Collections.EMPTY_MAP.get("k", "secret") }
attempt("emptyMap missing") { Collections.emptyMap().get("k", "s") }
attempt("unmodifiable missing") { Collections.unmodifiableMap([a: 1]).get("k", "s") }
attempt("unmodifiable present") { Collections.unmodifiableMap([a: 1]).get("a", "s") }
attempt("asImmutable missing") { [a: 1].asImmutable().get("b", 2) }
attempt("asImmutable present") { [a: 1].asImmutable().get("a", 2) }
attempt("mutable missing") { def m = [a: 1]; m.get("b", 2); m }
println Collections.EMPTY_MAP
println Collections.EMPTY_MAP.get("k")
execution.setVariable("size", Collections.EMPTY_MAP.size())

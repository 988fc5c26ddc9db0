def two = { a, b -> "${a}+${b}" }
println two(1, 2)
try {
    two(1)
} catch (MissingMethodException e) {
    println "caught ${e.class.simpleName}"
}
def none = { -> "none" }
println none()
none("surprise")
println "not reached"

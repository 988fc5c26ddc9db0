try {
    try {
        Integer.parseInt("NaN!")
    } catch (NumberFormatException e) {
        throw new RuntimeException("could not parse", e)
    }
} catch (RuntimeException e) {
    println e.message
    println e.cause.class.simpleName
    println e.cause instanceof IllegalArgumentException
}
def e2 = new IllegalStateException("created, not thrown")
println e2.message
println e2 instanceof RuntimeException
println e2.toString()
throw new Exception("checked")

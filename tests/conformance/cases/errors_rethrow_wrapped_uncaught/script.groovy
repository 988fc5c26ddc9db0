def load(String key) {
    try {
        return [a: " 1 "][key].trim()
    } catch (NullPointerException e) {
        throw new IllegalStateException("no value for ${key}", e)
    }
}
println load("a")
try {
    load("b")
} catch (IllegalStateException e) {
    println "${e.message} <- ${e.cause.class.simpleName}"
}
load("c")

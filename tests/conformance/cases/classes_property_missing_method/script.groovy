class Bot {
    String name = "amelia"
    String greet() { "I am ${name}" }
}
def b = new Bot()
println b.greet()
println b.name
try {
    b.farewell()
} catch (MissingMethodException e) {
    println "${e.class.simpleName}: ${e.method}"
}
try {
    println b.version
} catch (MissingPropertyException e) {
    println "${e.class.simpleName}: ${e.property}"
}
println b.respondsTo("greet") ? "responds" : "no"
println b.respondsTo("farewell") ? "responds" : "no"
b.greet("extra")

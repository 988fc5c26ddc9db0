class Handler {
    String name
    Closure fn
    String handle(String input) { fn(input) }
}
def registry = [
    upper: new Handler(name: "upper", fn: { it.toUpperCase() }),
    count: new Handler(name: "count", fn: { "${it.size()} chars" }),
]
registry.reverse = new Handler(name: "reverse", fn: { it.reverse() })
["upper", "count", "reverse"].each { key ->
    println "${key}: ${registry[key].handle('hello')}"
}
println registry.keySet()
println registry.upper.name
println registry.values()*.name
def missing = registry.nothing
println missing?.handle("x")

def greet = { String name, String greeting = "Hello", String punct = "!" ->
    "${greeting}, ${name}${punct}"
}
println greet("Ana")
println greet("Ana", "Hi")
println greet("Ana", "Hey", "?")
println greet.maximumNumberOfParameters
def noParams = { -> "none" }
println noParams.maximumNumberOfParameters
def oneImplicit = { it }
println oneImplicit.maximumNumberOfParameters
def sum3 = { a, b, c -> a + b + c }
println sum3(1, 2, 3)
println sum3("x", "y", "z")
def varargs = { String... parts -> parts.join("-") }
println varargs("a", "b", "c")
println varargs()

greeting = "Hello"
counter = 0
def sayHi(name) {
    counter++
    "${greeting}, ${name}"
}
def reset() {
    greeting = "Hey"
    created = "made in method"
}
println sayHi("Ann")
println sayHi("Bob")
println counter
reset()
println sayHi("Cy")
println created
println counter

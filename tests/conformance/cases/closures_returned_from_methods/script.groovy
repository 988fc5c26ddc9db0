def makeCounter(int start) {
    def count = start
    return { int step = 1 -> count += step; count }
}
def makeGreeter(String greeting) {
    { name -> "${greeting}, ${name}" }
}
def c1 = makeCounter(0)
def c2 = makeCounter(100)
println c1()
println c1(5)
println c2()
println c1()
def hi = makeGreeter("Hi")
def bye = makeGreeter("Bye")
println hi("Ana")
println bye("Ben")
println([hi, bye].collect { it("Cy") })

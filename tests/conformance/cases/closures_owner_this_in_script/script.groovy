def scriptValue = "script"
def outer = {
    def inner = { "inner sees ${scriptValue}" }
    inner()
}
println outer()
def helper() { "helper method" }
def callsHelper = { helper() + " via closure" }
println callsHelper()
x = 10
def readsBinding = { x * 2 }
println readsBinding()
x = 21
println readsBinding()
def writesBinding = { y = "set in closure" }
writesBinding()
println y

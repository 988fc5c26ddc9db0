def total = 0
def names = []
def record = { String name, int amount ->
    total += amount
    names << name
}
record("a", 5)
record("b", 7)
println total
println names
def counter = 0
def next = { -> ++counter }
println next()
println next()
println "${next()} ${counter}"
def label = "before"
def show = { "label=${label}" }
label = "after"
println show()

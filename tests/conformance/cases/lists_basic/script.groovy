def fruits = ["apple", "banana", "cherry"]
def mixed = [1, "two", 3.0, null, true, [4, 5], [k: "v"]]
def empty = []
println fruits
println mixed
println empty
println fruits.size()
println fruits[0]
println fruits[-1]
println fruits[-3]
println fruits[5]
println fruits.get(1)
println fruits.first()
println fruits.last()
println fruits.contains("banana")
println "kiwi" in fruits
println fruits[0..1]
println fruits[1..-1]
println fruits.indexOf("cherry")
println empty.isEmpty()
println fruits.class.simpleName
println mixed[5][1]
println fruits.getAt(0)

def names = ["carol", "Alice", "bob"]
def sorted = names.sort()
println sorted
println names
println sorted.is(names)
def nums = [5, 3, 9, 1]
def copy = nums.sort(false)
println copy
println nums
println nums.sort { -it }
println names.sort { it.toLowerCase() }
println names.sort { a, b -> b.length() <=> a.length() }
println names*.toUpperCase()
println names*.size()
def people = [[name: "Ann", age: 31], [name: "Ben", age: 25]]
println people*.name
println people.sort { it.age }*.name
println people.collect { it.name }.join("/")
println people.max { it.age }.name
println people.sum { it.age }

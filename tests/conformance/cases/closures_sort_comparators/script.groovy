def people = [[name: "bo", age: 31], [name: "al", age: 25], [name: "cy", age: 31], [name: "di", age: 19]]
println people.sort { it.age }*.name
println people.sort { a, b -> b.age <=> a.age ?: a.name <=> b.name }*.name
def byName = { a, b -> a.name <=> b.name } as Comparator
println people.sort(byName)*.name
println people.toSorted { -it.age }*.name
println people.min { it.age }.name
println people.max { a, b -> a.name <=> b.name }.name
def byLenThenAlpha = { a, b -> a.size() <=> b.size() ?: a <=> b }
println(["pear", "fig", "apple", "kiwi"].sort(byLenThenAlpha))

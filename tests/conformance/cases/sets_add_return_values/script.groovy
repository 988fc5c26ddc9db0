def seen = [] as Set
def fresh = []
["a", "b", "a", "c", "b"].each {
    if (seen.add(it)) fresh << it
}
println fresh
println seen
println seen.add("a")
println seen.remove("a")
println seen.remove("a")
println seen
println seen.class.simpleName

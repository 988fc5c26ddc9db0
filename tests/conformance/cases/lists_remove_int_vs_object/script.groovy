def ids = [5, 6, 7, 8]
ids.remove(1)
println ids
try {
    ids.remove(Integer.valueOf(7))
} catch (IndexOutOfBoundsException e) {
    println "remove(Integer) is by index: ${e.class.simpleName}"
}
ids.remove((Object) 7)
println ids
def mixed = ["5", "6"]
mixed.remove("5")
println mixed
def removed = ids.removeAt(0)
println removed
println ids
def deleted = ids.removeElement(8)
println deleted
println ids

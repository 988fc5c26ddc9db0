def list = [3, 1, 2, 3]
def set = list as Set
println set
println set.size()
def back = set as List
println back
println back.class.simpleName
def sorted = list as SortedSet
println sorted
println sorted.class.simpleName
def arr = list as Integer[]
println arr.length
println arr.class.simpleName
def m = [[1, "one"], [2, "two"]].collectEntries { it }
println m
def chars = "hello".toList() as Set
println chars
def q = [1, 2] as LinkedList
q.addFirst(0)
println q

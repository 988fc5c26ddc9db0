// Collection.toArray() and toArray(T[]): into the given array when the elements fit, else a new one of its type
def s = ["b", "a"] as Set
String[] keys = s.toArray(new String[0])
println keys
println keys.getClass().simpleName
Object[] o = [1, 2].toArray()
println o.length
println o.getClass().simpleName
def big = [1,2,3].toArray(new Integer[5])
println big
println([x: 1].keySet().toArray())
println([1..3].toArray().length)

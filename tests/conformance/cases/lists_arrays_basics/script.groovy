String[] arr = ["b", "a", "c"]
println arr
println arr.length
println arr.size()
println arr[0]
println arr.sort()
println arr.class.simpleName
def ints = [3, 1, 2] as int[]
println ints.sum()
println ints.toList()
println ints.collect { it * 2 }
println arr.contains("a")
println arr.join("-")
println "a,b".split(",").class.simpleName
println ints.toList().max()

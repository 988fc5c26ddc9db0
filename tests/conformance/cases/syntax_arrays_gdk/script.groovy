// GDK methods on arrays, array equality, arrays into lists.
String[] parts = "b,a,c".split(",")
Object[] os = [1, "a"]
println os
println os.class.simpleName
int[] xs = new int[3]
xs.eachWithIndex { v, i -> xs[i] = i * i }
println xs
println parts*.toUpperCase()
println parts.sort()
println parts
def ys = [1, 2, 3] as int[]
println(xs == ys)
println(([0, 1, 4] as int[]) == xs)
println xs.equals([0, 1, 4] as int[])
for (i in 0..<xs.length) { print xs[i] }
println ""
println xs.sum() + xs.length
List<String> l = parts
println l.class.name
println parts.toList().class.name
println xs.contains(4)
println parts.join("|")
println parts.find { it > "a" }
println(parts + ["z"] as String[])
def grid = new String[2][2]
grid[0][1] = "q"
println grid.flatten()
println Arrays.asList(1, 2)
String[] empty = new String[0]
println empty ?: "empty is falsy"
println xs.inject(0) { a, b -> a + b }
println parts[-4]

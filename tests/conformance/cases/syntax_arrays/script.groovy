String[] a = new String[3]
println a
println a.length
a[0] = "x"; a[2] = "z"
println a
println a.size()
int[] n = [1, 2, 3] as int[]
println n
int[] z = new int[5]
println z
println z.class.name
println a.class.name
def b = ["x", "y"] as String[]
println b.collect { it * 2 }
b.each { print it }
println ""
println Arrays.asList(b)
println "a,b,c".split(",").length
println "a,b,c".split(",").class.simpleName
long[] ls = new long[2]
println ls
double[] ds = new double[2]
println ds
boolean[] bs = new boolean[2]
println bs
char[] cs = new char[2]
println cs.length
Integer[] is = new Integer[2]
println is
def grid = new int[2][3]
println grid
grid[1][2] = 7
println grid
println grid.length + " " + grid[0].length
Object[] os = new Object[2]
println os
println a.toString().startsWith("[Ljava.lang.String;@")
println z.toString().startsWith("[I@")
println "${a}"
int size = 4
def dyn = new String[size * 2]
println dyn.length
try { println a[5] } catch (e) { println e.class.name + ": " + e.message }
try { a[3] = "q" } catch (e) { println e.class.name + ": " + e.message }
try { println a[-1] } catch (e) { println e.class.name + ": " + e.message }
println a[-1]
try { new int[-1] } catch (e) { println e.class.name + ": " + e.message }
z[1] = 9
println z.sum()
println z.toList()
println z as List
println(a instanceof Object[])
println(a instanceof String[])
z[2] = 3.7
println z
a[1] = 5
println a
println a[1].class.name
println z.class.simpleName + " " + a.class.simpleName + " " + grid.class.name + " " + grid.class.simpleName
println new Integer[1].class.name
def partial = new int[2][]
println partial
partial[0] = [1, 2] as int[]
println partial
println "${new String[2]}"
enum Level { LOW, HIGH }
println Level.values().length + " " + Level.values().class.simpleName + " " + Level.values()[1]
int[] sorted = [1, 3, 3, 5, 8, 13] as int[]
println Arrays.binarySearch(sorted, 5) + " " + Arrays.binarySearch(sorted, 4) + " " + Arrays.binarySearch(sorted, 99)
println Arrays.binarySearch(sorted, 1, 4, 3)
String[] words = ["b", "d", "f"] as String[]
println Arrays.binarySearch(words, "d") + " " + Arrays.binarySearch(words, "a")
char[] cs2 = "groovy".toCharArray()
Arrays.sort(cs2)
println cs2
println new String(cs2, 1, 3) + " " + String.valueOf(cs2)
def counts = new int[3]
"abcab".each { counts[(int) ((char) it) - 97]++ }
println counts
counts[0] += 10
println counts
String[] names = new String[2]
names[0] = 7
println names[0].class.simpleName
for (String s : names) { print s + ";" }
println ""
execution.setVariable("zeros", new int[3] as List)
execution.setVariable("grid", grid.collect { it as List })
println(new int[2] == new int[2])
println z[10]

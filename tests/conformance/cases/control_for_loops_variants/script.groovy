def out = []
for (i in 0..<3) out << i
for (c in "abc") out << c
for (e in [x: 1, y: 2]) out << "${e.key}=${e.value}"
for (int k = 10; k > 0; k -= 3) out << k
def arr = [5, 6] as int[]
for (v in arr) out << v * 2
for (String s : ["p", "q"]) out << s.toUpperCase()
println out
def total = 0
for (n in 1..10) {
    if (n % 3 == 0) continue
    total += n
}
println total
for (x in []) println "never"
for (y in null) println "never null"
println "done"

def (a, b) = [1, 2]
println "${a} ${b}"
(a, b) = [b, a]
println "${a} ${b}"
def (x, y, z) = ["only", "two"]
println "${x} ${y} ${z}"
def (first, second) = [10, 20, 30]
println "${first} ${second}"
def (String name, int age) = ["Ana", 31]
println "${name.toUpperCase()} ${age + 1}"
def (key, value) = "lang=es".split("=")
println "${key} -> ${value}"
def (h, m) = "09:45".tokenize(":")*.toInteger()
println h * 60 + m
def pair() { ["left", "right"] }
def (l, r) = pair()
println "${l}/${r}"

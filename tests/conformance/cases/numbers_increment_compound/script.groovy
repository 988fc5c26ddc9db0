def i = 5
println i++
println i
println(++i)
println i--
println(--i)
def x = 10
x += 5
println x
x -= 3
println x
x *= 2
println x
x /= 5
println x
println x.class.simpleName
int n = 10
n /= 4
println n
def s = "ab"
s += "cd"
s *= 2
println s
def counts = [hits: 0]
counts.hits++
counts.hits += 10
counts.misses = (counts.misses ?: 0) + 1
println counts
def list = [1, 2, 3]
list[0]++
list[2] *= 10
println list
def d = 1.5
d++
println d

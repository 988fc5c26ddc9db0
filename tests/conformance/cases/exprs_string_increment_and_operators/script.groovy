def s = "a"
s++
println s
def code = "A9"
code++
println code
def letter = 'c' as char
letter++
println letter
def n = 5
def m = n++ + ++n
println "${n} ${m}"
def t = "abc"
t += "d"
t -= "b"
println t
def list = [1, 2]
list += 3
list += [4, 5]
list -= 2
println list
def map = [a: 1]
map += [b: 2]
println map

def list = []
list << 1
list << "two" << 3.0
println list
list << [4, 5]
println list
println list.size()
def sb = new StringBuilder()
sb << "Hello" << ", " << 42 << "!"
println sb
println sb.toString().size()
def set = [] as Set
set << "a" << "a" << "b"
println set
def m = [:]
m << [k: 1]
m << [j: 2]
println m
println 1 << 4

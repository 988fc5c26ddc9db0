def fullName(String first, String middle, String last) { "${first} ${middle[0]}. ${last}" }
def parts = ["John", "Quincy", "Adams"]
println fullName(*parts)
def sum3(a, b, c) { a + b + c }
println sum3(1, *[2, 3])
println sum3(*["a", "b"], "c")
def args = [2, 10]
println Math.max(*args)
def list = [1, *[2, 3], 4]
println list
def map = [a: 1, *: [b: 2, c: 3]]
println map

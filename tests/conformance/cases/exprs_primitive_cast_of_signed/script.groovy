// `(long) -x` casts the signed operand (a primitive type cannot be a value);
// `(Integer) -x` would subtract from the class
println((long) -3.99)
def y = (int) +2.5
println y
println((double) -1 * 2)
int q = 4
println((long) -q)
println(((int) 3.99) + ((long) -3.99))
def b = 3
println((b) - 1)

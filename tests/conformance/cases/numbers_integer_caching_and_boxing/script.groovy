Integer a = 127
Integer b = 127
println a == b
println a.is(b)
Integer c = 1000
Integer d = 1000
println c == d
println c.equals(d)
long prim = 5
Long boxed = 5
println prim == boxed
println boxed.class.simpleName
int fromLong = 5L
println fromLong.class.simpleName
Double dd = 3
println dd

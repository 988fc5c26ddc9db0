// Groovy 2.4 divides two integral operands as Java ints when the quotient is stored in a primitive double/float local
double y = 7 / 2
println y
def a = 7
double z = a / 2
println z
int i = 7
double w = i / 2
println w
float f = 7 / 2
println f
BigDecimal bd = 7 / 2
println bd
double q = (7 / 2)
println q
double r
r = 7 / 2
println r
def m(double d) { d }
println m(7/2)
Double yy = 7 / 2
println yy

// Which shapes of a quotient stored in a double divide as ints in Groovy 2.4 (only a plain a / b of integral operands)
double a = (7 / 2) + 1
println a
double b = 7 / 2 * 2
println b
double c = -7 / 2
println c
int i = 7, j = 2
double d = i / j
println d
double e = i / j + 0.25
println e
long l = 7
double f = l / 2
println f
short s = 7
double g = s / 2
println g
double h = 7 / 0.5
println h
class K { double x = 7 / 2; double y() { double t = 9 / 2; t } }
println new K().x
println new K().y()
double k = 7
k = k / 2
println k
double m = 1 / 3
println m
int n = 7
double o = n / 2 as int
println o
try { double z = 1 / 0; println z } catch (ex) { println ex.class.simpleName }

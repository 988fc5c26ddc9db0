String s = 42
println "${s} ${s.class.simpleName}"
String fromList = [1, 2]
println fromList
int i = 3.99
println i
long l = 5
println l.class.simpleName
double d = 1
println d
BigDecimal bd = 3
println "${bd} ${bd.class.simpleName}"
Integer boxed = 7L
println boxed.class.simpleName
boolean flag = "x"
println flag
boolean empty = ""
println empty
boolean zero = 0
println zero
char c = "q"
println c
int n = "17"
println "not reached ${n}"

def i = 5
i++
println "${i} ${i.class.simpleName}"
def d = 1.5
d++
println "${d} ${d.class.simpleName}"
def l = 10L
l += 1
println "${l} ${l.class.simpleName}"
def x = 1
x += 0.5
println "${x} ${x.class.simpleName}"
x *= 2
println "${x} ${x.class.simpleName}"
int typed = 7
typed += 2.9
println "${typed} ${typed.class.simpleName}"
typed /= 2
println typed
def y = 10
y /= 4
println "${y} ${y.class.simpleName}"
def z = 2
z **= 3
println z

String s = "text"
int n = 5
long big = 3000000000
double ratio = 0.25
BigDecimal price = 19.99
boolean flag = "non-empty"
Map<String, Object> m = [:]
List<String> l = []
def show(label, v) { println "${label}: ${v} (${v == null ? 'null' : v.getClass().simpleName})" }
show("s", s)
show("n", n)
show("big", big)
show("ratio", ratio)
show("price", price)
show("flag", flag)
show("m", m)
show("l", l)
String fromNumber = 42
show("fromNumber", fromNumber)
String fromGString = "n=${n}"
show("fromGString", fromGString)
int truncated = 7.9
show("truncated", truncated)
double fromInt = 3
show("fromInt", fromInt)
Integer nothing = null
show("nothing", nothing)
l << "a"
l << 1
show("l after", l)
m.count = n
show("m after", m)
def (a, b) = [1, 2]
println a + b

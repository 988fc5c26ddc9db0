def show(label, v) { println "${label} = ${v} (${v.class.simpleName})" }
show("10/4", 10 / 4)
show("1/3", 1 / 3)
show("2/3", 2 / 3)
show("10/5", 10 / 5)
show("7.intdiv(2)", 7.intdiv(2))
show("-7.intdiv(2)", (-7).intdiv(2))
show("7 % 3", 7 % 3)
show("-7 % 3", -7 % 3)
show("10L/4", 10L / 4)
show("10.0/4", 10.0 / 4)
show("1.0/3", 1.0 / 3)
show("10/4.0d", 10 / 4.0d)
show("100/7", 100 / 7)
show("1/8", 1 / 8)
def avg = [3, 4, 4].sum() / 3
show("avg", avg)
int bucket = 17 / 5
show("int bucket", bucket)

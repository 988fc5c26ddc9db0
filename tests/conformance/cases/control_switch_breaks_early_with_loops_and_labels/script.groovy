// Loops and labelled jumps inside a switch whose cases break early.
// loop-inside
def case0() {
def out = []
switch (1) {
  case 1:
    int i = 0
    while (i < 3) { i++ }
    out << i
    if (i == 3) break
    out << "no"
    break
  default:
    out << "d"
}
out
}
println case0()
// break-label-through
def case1() {
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      if (i == 2) break outer
      break
    case 1:
      if (i == 1) break
      out << "no"
    default:
      out << i
  }
  out << "after" + i
}
out
}
println case1()
// continue-label-through
def case2() {
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      if (i == 2) continue outer
      break
    case 1:
      if (i == 1) break
      out << "no"
    default:
      out << i
  }
  out << "after" + i
}
out
}
println case2()
// break-label-from-a-nested-loop
def case3() {
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      for (j in 1..2) { if (j == 2) break outer; out << "j" + j }
      break
    case 1:
      if (i == 1) break
      out << "no"
  }
  out << "after" + i
}
out
}
println case3()

def xs = ["a", "b", "c"]
println xs[-1]
println xs[-3]
println xs[3]
xs[-1] = "C"
println xs
xs[5] = "f"
println xs
println xs.size()
xs[1..2] = ["X"]
println xs
xs[0..0] = ["p", "q"]
println xs
def ys = [1, 2, 3]
println ys.getAt(-2)
println ys.get(1)
ys.putAt(0, 100)
println ys
println ys[-4]

def history = []
def add = { String e -> history << e; history.size() }
println add("greet")
println add("ask")
history.add(0, "start")
println history
history.addAll(["x", "y"])
history.addAll(1, ["inserted"])
println history
history.set(0, "START")
println history
history.clear()
println history.isEmpty()
def grid = [[0] * 3] * 2
grid[0][0] = 9
println grid
def safe = (0..<2).collect { [0] * 3 }
safe[0][0] = 9
println safe

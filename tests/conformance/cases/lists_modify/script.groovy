def items = ["a", "b"]
items << "c"
items.add("d")
items.add(0, "z")
println items
def more = items + ["e", "f"]
println more
println items
def fewer = more - ["a", "z"]
println fewer
println more - "f"
items.remove(0)
println items
items.remove("c")
println items
items[5] = "late"
println items
items.addAll(["x", "y"])
println items.size()
def nums = [3, 1, 2, 3, 1]
println nums.unique()
println nums
def nested = [1, [2, [3, 4]], 5]
println nested.flatten()
println([1, 2, 3].reverse())
println(["b", "a"] + "c")
def copy = new ArrayList(nums)
copy.clear()
println nums
println copy

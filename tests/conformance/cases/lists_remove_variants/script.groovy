def xs = [10, 20, 30, 40]
println xs.remove(0)
println xs
println xs.remove((Object) 30)
println xs
def names = ["a", "b", "c", "b"]
println names.remove("b")
println names
println names.removeAll(["b"])
println names
def nums = [1, 2, 3, 4, 5, 6]
nums.removeAll { it % 2 == 0 }
println nums
def keep = [1, 2, 3, 4]
keep.retainAll { it > 2 }
println keep
def keep2 = ["a", "b", "c"]
println keep2.retainAll(["a", "c", "z"])
println keep2
println([1, 2, 3].containsAll([1, 3]))
println([1, 2, 3].containsAll([1, 4]))

def people = [[n: "bo"], [n: "al"]]
def cmp = { x, y -> x.n <=> y.n } as Comparator
def r = people.sort(cmp)
println r
println people*.n
def r2 = people.sort(false, cmp)
println r2*.n
def nums = [3, 1, 2]
println nums.sort(Collections.reverseOrder())
println nums

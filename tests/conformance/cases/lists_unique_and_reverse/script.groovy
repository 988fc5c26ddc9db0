def xs = [3, 1, 3, 2, 1]
def u = xs.unique()
println xs
println u.is(xs)
def ys = [3, 1, 3, 2, 1]
println ys.unique(false)
println ys
println([[a: 1], [a: 2], [a: 1]].unique())
println(["Ana", "ana", "Bo"].unique { it.toLowerCase() })
println(["aa", "b", "cc", "d"].unique { a, b -> a.size() <=> b.size() })
def zs = [1, 2, 3]
println zs.reverse()
println zs
println zs.reverse(true)
println zs

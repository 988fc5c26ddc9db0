def xs = [1, "two", 3.5, null, [4], [k: "v"]]
println xs
println xs.toString()
println xs.join()
println xs.join(" | ")
println "${xs}"
println xs.inspect()
println([].toString())
println([[]].toString())
println([""].toString())
println(["a b"].toString())

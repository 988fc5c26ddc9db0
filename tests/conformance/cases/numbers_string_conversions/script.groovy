def n = 42
println n.toString() + "!"
println "" + n + 1
println n + 1 + ""
println "${n}" + 1
println n as String
println String.valueOf(3.10)
println 3.10d.toString()
println 1000000.toString()
println 1000000d.toString()
println 12.5.toString()
println 12.5.toPlainString()
println 1e-7.toString()
println 1e-7.toPlainString()
println Integer.valueOf(7).toString().padLeft(3, "0")

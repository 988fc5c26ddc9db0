println 0.1d * 3
println 1.1d + 2.2d
println 3.0d - 2.9d
println 100d * 1.1d
println 1e16d + 1
println 5d / 2
println 5d % 3
println(-0.0d)
println 0.0d == -0.0d
println Math.sqrt(-1)
println(Math.sqrt(-1).isNaN())
println 1d / 0
println((1d / 0).isInfinite())
println 1.5d.class.simpleName
println 2.0d.toString()

def clamp = { v, lo, hi -> Math.max(lo, Math.min(hi, v)) }
println clamp(15, 0, 10)
println clamp(-3, 0, 10)
println clamp(5.5d, 0, 10)
println clamp(5, 0.5d, 10)
println([3, 9, 1].max())
println([3, 9.5, 1L].max())
println([3, 9.5, 1L].min().class.simpleName)
println Integer.MAX_VALUE
println Long.MIN_VALUE
println Integer.max(3, 4)
println Double.compare(1.5, 2.5)

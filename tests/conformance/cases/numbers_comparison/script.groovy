println 1 == 1.0
println 1.0 == 1.00
println 1.0.equals(1.00)
println 1 == 1L
println 1.equals(1L)
println 1 == 1.0d
println 0.1 + 0.2 == 0.3
println 0.1d + 0.2d == 0.3d
println 1 <=> 2
println 2 <=> 2.0
println 3.5 <=> 2
println 10 <=> 3
println 2 < 2.5
println 3L > 2
println 5 >= 5.0
println([3, 1.5, 2L].max())
println([3, 1.5, 2L].min())
println 1.compareTo(2)
println 100 == "100"
println 100.toString() == "100"

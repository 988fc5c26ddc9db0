println 1 == 1L
println 1 == 1.0
println 1.0 == 1.0d
println 0.1 == 0.1d
println 0.1d + 0.2d == 0.3d
println 0.1 + 0.2 == 0.3
println 2 > 1.5
println 10L < 9.99
println 3 <=> 3.0
println 1.0.equals(1.00)
println 1.0 == 1.00
println 1.compareTo(2)
println 5.equals(5)
println((Integer) 5 == (Long) 5L)
println([1, 2, 3].contains(2L))
println 1 in [1.0]

println 1.0E10
println 1e10
println 1e10d
println 1.0e-5
println 1.0e-5d
println 123456789.0d
println 12345678.9d
println 0.001d
println 0.0001d
println 1E+3
println new BigDecimal("1E+3").toPlainString()
println 2.50
println 100.0d
println 1.0f
println 0.1f + 0.2f
println 0.1d + 0.2d
println 1d / 3
println 2.0d ** 0.5
println Double.MAX_VALUE
println 1.0d / 0

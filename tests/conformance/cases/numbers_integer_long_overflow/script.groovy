int big = Integer.MAX_VALUE
println big + 1
println big * 2
println 100000 * 100000
println 100000L * 100000
println Long.MAX_VALUE + 1
println Integer.MIN_VALUE - 1
println(-Integer.MIN_VALUE)
println Math.abs(Integer.MIN_VALUE)
def auto = 2147483647 + 1
println auto.class.simpleName
def lit = 2147483648
println lit.class.simpleName
def huge = 9223372036854775808
println huge.class.simpleName
println 3000000000.class.simpleName

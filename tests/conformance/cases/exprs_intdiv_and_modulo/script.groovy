println 17.intdiv(5)
println 17 % 5
println((-17).intdiv(5))
println(-17 % 5)
println 17L.intdiv(5).class.simpleName
println 17.intdiv(5).class.simpleName
println 10.mod(3)
println((-10).mod(3))
def minutes = 135
println "${minutes.intdiv(60)}h ${minutes % 60}m"

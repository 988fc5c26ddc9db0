def n = 3
def g = "n=${n}"
def s = "n=3"
println g.class.simpleName
println s.class.simpleName
println g == s
println g.equals(s)
println g.toString().equals(s)
println g.hashCode() == s.hashCode()
println g.toString().hashCode() == s.hashCode()
println([g].contains(s))
println([s].contains(g))
println([g]*.toString().contains(s))
println g.length()
println g.toUpperCase()

def s = new LinkedHashSet()
["b", "a", "b", "c", "a"].each { s << it }
println s
println s.size()
println s.contains("a")
s.remove("b")
println s
s.add("b")
println s
println s.toList()
println s.first()
println s.getClass().simpleName

def m = [:]
m.a = 1
m["b"] = 2
m.put("c", 3)
m.putAll([d: 4, e: 5])
println m
println m.put("a", 10)
println m.remove("b")
println m.remove("zzz")
println m
m.a += 5
m.c++
println m
m.each { k, v -> m[k] = v * 2 }
println m
println m.size()
m.clear()
println m

def m = [class: "vip", size: "L", empty: "no"]
println m["class"]
println m.get("size")
println m.size()
println m.size
println m.empty
println m.isEmpty()
println m.class
println m.getClass().simpleName

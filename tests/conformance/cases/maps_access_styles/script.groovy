def m = [name: "Ana", "full name": "Ana Li", 1: "one", (2): "two"]
println m.name
println m["name"]
println m.get("name")
println m."full name"
println m[1]
println m.get(2)
println m.missing
println m.get("missing", "default")
println m
println m.getOrDefault("zzz", "dflt")
println m.containsKey("zzz")
def key = "name"
println m[key]
println m."$key"

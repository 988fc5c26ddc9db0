def id = 5
def key = "user${id}"
def m = [:]
m[key] = "gstring key"
println m["user5"]
println m.get("user5")
println m.containsKey("user5")
m.put("user5", "string key")
println m.size()
println m
def m2 = [(key): 1]
println m2.keySet()*.getClass()*.simpleName
def m3 = [(key.toString()): 1]
println m3.get("user5")
println m3.keySet()*.getClass()*.simpleName

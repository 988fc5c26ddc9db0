def id = 7
def lit = ["user${id}": "in literal"]
println lit
println lit["user7"]
println lit.user7
println lit.keySet().first() instanceof String
def m = [:]
m["slot${id}"] = "via subscript"
m.put("put${id}", "via put")
println m
println m["slot7"]
println m.get("put7")
println m.containsKey("put7")
def key = "slot${id}"
println m[key]
println m[key.toString()]
def s = [:]
s."dyn${id}" = "property style"
println s.dyn7
println s

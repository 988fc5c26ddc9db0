def m = [:]
m[1] = "int"
m["1"] = "string"
m[1L] = "long"
println m.size()
println m[1]
println m["1"]
println m.keySet()*.getClass()*.simpleName
def n = [1: "a", 2: "b"]
println n.keySet()*.getClass()*.simpleName
def k = [one: 1]
println k.keySet()*.getClass()*.simpleName
def x = "dyn"
def literal = [x: 1, (x): 2]
println literal

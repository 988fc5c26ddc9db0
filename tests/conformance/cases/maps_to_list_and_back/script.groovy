def m = [b: 2, a: 1]
def pairs = m.collect { k, v -> [k, v] }
println pairs
def back = pairs.collectEntries()
println back
println back == m
def fromList = [["k1", "v1"], ["k2", "v2"]].collectEntries { [it[0], it[1]] }
println fromList
def zipped = [["a", "b"], [1, 2]].transpose().collectEntries()
println zipped
println m.entrySet().collect { "${it.key}=${it.value}" }.join("&")
def query = "a=1&b=2&c"
def parsed = query.split("&").collectEntries { p -> def kv = p.split("=", 2); [kv[0], kv.size() > 1 ? kv[1] : null] }
println parsed

def key = "dynamic"
def m = [name: "Eve", "full name": "Eve Smith", 'quoted': 1, (key): true, (1 + 1): "two"]
println m
println m.size()
def empty = [:]
println empty
println empty.size()
def nested = [user: [id: 7, roles: ["admin", "dev"]], active: true]
println nested
println nested.user.roles[1]
println m.getClass().simpleName
def numKeys = [1: "one", 2.5: "two and a half"]
println numKeys
println numKeys[1]
def key2 = [key: "literal"]
println key2
println m[2]
println m["dynamic"]

def n = 1
def gs = "a${n}"
def s = "a1"
println gs == s
println s == gs
println gs.equals(s)
println gs.toString().equals(s)
println gs instanceof String
println gs.toString() instanceof String
println "${n}" == "1"
def list = ["a1", "b2"]
println list.contains(gs)
println list.contains(gs.toString())
println list.indexOf(s)

def slots = [city: "", country: null, zip: "02139", count: 0]
println slots.city ?: slots.country ?: "unknown"
println slots.zip ?: "nozip"
println slots.count ?: "zero -> default"
println slots.missing ?: slots.zip
def v = slots.count != null ? slots.count : -1
println v
def size = slots.size()
def desc = size > 5 ? "big" : size > 3 ? "medium" : "small"
println desc
def pick = null ?: false ?: 0 ?: "" ?: [] ?: "last"
println pick

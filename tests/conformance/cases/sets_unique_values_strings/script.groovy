def tags = ["vip", "urgent", "vip", "billing", "urgent"]
def unique = tags as LinkedHashSet
println unique
def sorted = tags.toSet().sort()
println sorted
println tags.toSet().size()
println tags.unique(false)
def ts = new TreeSet(tags)
println ts
println ts.first()
println ts.last()
println ts.headSet("urgent")

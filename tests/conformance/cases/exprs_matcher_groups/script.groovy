def m = "ZIP 02139-4307" =~ /(\d{5})-(\d{4})/
println m.matches()
println m.find(0)
println m.group(1)
println m.group(2)
println m.groupCount()
def dates = "2024-01-05,2023-12-31"
def all = dates =~ /(\d{4})-(\d\d)-(\d\d)/
all.each { whole, y, mo, d -> println "${d}/${mo}/${y}" }
def names = "name=Ana;age=31;city=Lima" =~ /(\w+)=(\w+)/
def parsed = [:]
names.each { full, k, v -> parsed[k] = v }
println parsed

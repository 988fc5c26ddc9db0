def items = ["tea", "milk", "bread"]
items.eachWithIndex { item, i -> println "${i + 1}. ${item}" }
def numbered = items.withIndex().collect { item, i -> "${i}:${item}" }
println numbered
def indexed = items.indexed()
println indexed
def menu = items.collect { "- ${it}" }.join("\n")
println menu
def lengths = items.collectEntries { [(it): it.size()] }
println lengths

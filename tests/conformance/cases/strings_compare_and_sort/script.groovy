def names = ["bob", "Alice", "carol", "Dave", "alice"]
println names.sort(false)
println names.sort(false, String.CASE_INSENSITIVE_ORDER)
println names.sort(false) { it.toLowerCase() }
println names.sort(false) { a, b -> a.size() <=> b.size() ?: a <=> b }
println "apple".compareTo("banana")
println "b".compareTo("a")
println "Zebra" < "apple"
println names.max()
println names.min { it.size() }

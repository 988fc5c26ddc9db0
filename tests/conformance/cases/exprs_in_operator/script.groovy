def langs = ["en", "es", "fr"]
println "es" in langs
println "de" in langs
println 3 in 1..5
println 3.5 in 1..5
println "k" in [k: null]
println "ell" in "hello"
println "hello" in "hello"
println 'e' in "hello".toList()
println null in [1, null]
println 2 in [1L, 2L]
println 2 in ([1, 2] as Set)
def slots = [name: "x"]
println "name" in slots.keySet()
println !("zz" in langs)

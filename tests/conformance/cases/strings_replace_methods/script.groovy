def s = "the cat sat on the mat"
println s.replace("at", "og")
println s.replaceAll("at", "og")
println s.replaceFirst("the", "a")
println s.replaceAll(/\b(\w)at\b/, '$1ot')
println s.replaceAll(/(\w+) (\w+)/, '$2 $1')
println "2024-01-05".replaceAll(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1')
println "a.b.c".replace(".", "-")
println "a.b.c".replaceAll(".", "-")
println "cost: 5 USD".replaceAll(/\d+/) { it.toInteger() * 2 }
println "price \$5".replace('$', "USD ")

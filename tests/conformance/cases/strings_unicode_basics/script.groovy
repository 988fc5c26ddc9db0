def s = "Café ñandú"
println s.size()
println s.toUpperCase()
println s.reverse()
println s.contains("é")
println s.replaceAll(/[^\x00-\x7F]/, "?")
println s.split(" ")[1].capitalize()
println "naïve".length()
println "€5".substring(1)

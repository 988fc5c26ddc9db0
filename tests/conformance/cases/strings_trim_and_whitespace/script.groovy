def raw = "\t  hello   world \n"
println "[${raw.trim()}]"
println "[${raw.strip()}]"
println "[${raw.trim().replaceAll(/\s+/, ' ')}]"
println "   ".trim().isEmpty()
println "   ".isAllWhitespace()
println "".isAllWhitespace()
println "a b".isAllWhitespace()
println "[${'  x  '.trim().padRight(4, '.')}]"
println "[" + "no-trim" + "]"

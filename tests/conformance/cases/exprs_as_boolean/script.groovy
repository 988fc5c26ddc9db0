def values = [0, 1, "", "false", "true", "0", null, [], [false], 0.0, "no"]
values.each { println "${it == null ? 'null' : it.inspect()} as Boolean -> ${it as Boolean}" }
println "yes".toBoolean()
println "Y".toBoolean()
println "1".toBoolean()
println "TRUE".toBoolean()
println Boolean.valueOf("yes")

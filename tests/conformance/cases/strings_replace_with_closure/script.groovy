def text = "order 12 and order 345"
println text.replaceAll(/\d+/) { n -> "#" + n.padLeft(5, "0") }
println text.replaceAll(/order (\d+)/) { all, id -> "ORD-${id}" }
println "hello world".replaceAll(/\b\w/) { it.toUpperCase() }
println "snake_case_name".replaceAll(/_(\w)/) { full, c -> c.toUpperCase() }
println "camelCaseName".replaceAll(/([A-Z])/) { full, c -> "_" + c.toLowerCase() }
println "a1b2c3".replaceFirst(/\d/) { (it.toInteger() + 10).toString() }

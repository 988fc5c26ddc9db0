def found = null
[3, 8, 12, 5].each { n ->
    if (n > 7) {
        found = n
        return
    }
    println "checked ${n}"
}
println "found=${found}"
def firstBig = [3, 8, 12, 5].find { it > 7 }
println firstBig
def r = [1, 2, 3].each { it * 100 }
println r
def anyBig = [1, 9, 2].any { println "visit ${it}"; it > 5 }
println anyBig

def level3(x) {
    x.nonexistentMethod()
}
def level2(x) {
    level3(x) + 1
}
def level1(x) {
    try {
        level2(x)
    } finally {
        println "level1 finally"
    }
}
println "start"
level1("data")

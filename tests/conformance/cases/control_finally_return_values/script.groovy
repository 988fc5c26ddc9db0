def f1() {
    try {
        return "from try"
    } finally {
        println "finally runs before return"
    }
}
def f2() {
    def x = 1
    try {
        x = 2
        return x
    } finally {
        x = 3
        println "x in finally = ${x}"
    }
}
def f3() {
    try {
        throw new RuntimeException("boom")
    } catch (e) {
        return "caught " + e.message
    } finally {
        println "cleanup f3"
    }
}
println f1()
println f2()
println f3()

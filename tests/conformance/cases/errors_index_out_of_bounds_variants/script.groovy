def xs = [1, 2, 3]
println xs[10]
println xs[-1]
def tries = [
    { xs.get(10) },
    { xs[-10] },
    { "abc"[10] },
    { "abc".charAt(5) },
    { xs.subList(2, 9) },
    { [].remove(0) },
    { (xs as int[])[3] },
]
tries.each { t ->
    try {
        t()
        println "ok"
    } catch (IndexOutOfBoundsException e) {
        println e.class.simpleName
    }
}
xs.get(3)

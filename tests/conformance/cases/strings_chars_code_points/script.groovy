// "s".chars is the GDK's getChars() (a char[]); chars() is Java's IntStream; codePointCount
println 'hi'.chars.toList()
println 'hi'.getChars().length
println ''.chars.toList()
println 'hello'.chars.size()
println 'abc'.chars.collect { it as int }
println 'hello'.chars().count()
def s = 'héllo wörld'
println "${s.codePointCount(0, s.length())} ${s.codePointCount(1, 3)} ${s.codePointCount(2, 2)} ${''.codePointCount(0, 0)}"
[[-1, 1], [0, 12], [3, 1]].each { r ->
    try {
        s.codePointCount(r[0], r[1])
    } catch (IndexOutOfBoundsException e) {
        println "${e.class.name}: ${e.message}"
    }
}

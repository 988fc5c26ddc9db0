enum Priority {
    LOW(1), MEDIUM(5), HIGH(10)
    final int weight
    Priority(int w) { weight = w }
    static Priority fromScore(int score) {
        score >= 8 ? HIGH : score >= 4 ? MEDIUM : LOW
    }
}
println Priority.values()
println Priority.HIGH.weight
println Priority.valueOf("MEDIUM")
println Priority.fromScore(9)
println Priority.fromScore(2).name()
println Priority.MEDIUM.ordinal()
println Priority.LOW < Priority.HIGH
def p = Priority.fromScore(5)
switch (p) {
    case Priority.HIGH: println "page on-call"; break
    case Priority.MEDIUM: println "queue ticket"; break
    default: println "ignore"
}
println([Priority.HIGH, Priority.LOW, Priority.MEDIUM].sort())
println "p=${p}"

class Slot {
    String name
    int attempts
    boolean filled
    BigDecimal confidence = 0.5
    List values = []
    Map meta
    def anything
}
def s = new Slot()
println s.name
println s.attempts
println s.filled
println s.confidence
println s.values
println s.meta
println s.anything
s.attempts++
s.values << "x"
println "${s.attempts} ${s.values}"

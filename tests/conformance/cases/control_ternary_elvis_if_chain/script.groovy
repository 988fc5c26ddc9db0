def grade(score) {
    if (score == null) return "n/a"
    else if (score >= 90) return "A"
    else if (score >= 75) return "B"
    else if (score >= 50) return "C"
    else return "F"
}
[95, 75, 74.9, 50, 12, null].each { print "${grade(it)} " }
println()
def name = null
def nick = ""
def fallback = "guest"
println name ?: nick ?: fallback
println (nick ? "has nick" : "no nick")
def level = 7
println level > 5 ? level > 8 ? "high" : "mid" : "low"
def x = 0
println x ?: "zero is falsy"

def normalize(String s) {
    s.trim().toLowerCase()
}
def score(String word, int weight) {
    word.size() * weight
}
def n = this.&normalize
println n("  HeLLo ")
println(["  A", "B  ", " c "].collect(this.&normalize))
def s = this.&score
println s("abc", 2)
def up = "shout".&toUpperCase
println up()
def sizeOf = { it.size() }
println(["aa", "b"].collect(sizeOf))
def keep = ["x", "yy", "zzz"].findAll(this.&isLong)
boolean isLong(String s) { s.size() > 1 }
println keep

println "[" + "7".padLeft(3, "0") + "]"
println "[" + "abc".padLeft(6) + "]"
println "[" + "abc".padRight(6) + "|"
println "[" + "abc".padRight(6, "-") + "]"
println "[" + "abc".padLeft(2) + "]"
println "[" + "abc".center(9, "*") + "]"
println "[" + "ab".center(5) + "]"
println "[" + "x".padLeft(5, "ab") + "]"
def rows = [["Item", "Qty"], ["Tea", "2"], ["Coffee", "10"]]
rows.each { println it[0].padRight(8) + it[1].padLeft(4) }

def sb = new StringBuilder()
sb.append("Your items: ")
["tea", "milk"].eachWithIndex { item, i ->
    if (i > 0) sb.append(", ")
    sb.append(item)
}
sb << "."
println sb.toString()
println sb.length()
sb.insert(0, ">> ")
println sb
sb.deleteCharAt(sb.length() - 1)
println sb
println sb.reverse()
def sw = new StringWriter()
sw << "a" << 1
sw.write("b")
println sw.toString()

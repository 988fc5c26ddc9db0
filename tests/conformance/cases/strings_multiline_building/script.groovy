def name = "Dana"
def items = ["tea", "cake"]
def message = "Dear " + name +
    ", you ordered " +
    items.size() +
    " items"
println message
def sb = new StringBuilder()
sb.append("a")
sb << "b" << "c"
sb.append(1).append(2.50)
println sb.toString()
println sb.length()
def lines = []
items.eachWithIndex { item, i -> lines << "${i + 1}. ${item}" }
println lines.join("\n")
def summary = """Summary for ${name}:
${lines.join('\n')}
Total items: ${items.size()}"""
println summary

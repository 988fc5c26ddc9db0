def text = """first line
second line

fourth line"""
text.eachLine { line, n -> println "${n}: [${line}]" }
def lines = text.readLines()
println lines.size()
println lines.findAll { it }.size()
println text.split("\n").size()
def count = 0
text.eachLine { if (it.contains("line")) count++ }
println count
println "a\r\nb\nc".readLines()

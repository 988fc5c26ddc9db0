def order = [id: 7, status: "new", lines: []]
order.with {
    status = "confirmed"
    lines << "A"
    lines << "B"
}
println order
def summary = order.with { "${id}:${status}:${lines.size()}" }
println summary
def sb = new StringBuilder()
sb.with {
    append("x")
    append("y")
}
println sb
class Ctx { String lang = "en"; int turns = 0 }
def ctx = new Ctx()
def res = ctx.with {
    turns += 2
    lang = "es"
    turns * 10
}
println "${ctx.lang} ${ctx.turns} ${res}"

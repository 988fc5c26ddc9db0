// ---- library: message builders with defaults, named args and varargs ----
String greet(String name = "there", String punctuation = "!") {
    "Hello ${name}${punctuation}"
}

String card(Map opts, String title) {
    def style = opts.style ?: "plain"
    def width = opts.width ?: 20
    def border = style == "box" ? "#" : "-"
    [border * width, title.center(width), (opts.subtitle ?: "").center(width), border * width].join("\n")
}

String joinAll(String sep, String... parts) {
    parts.findAll { it }.join(sep)
}

int total(int... nums) {
    nums.length == 0 ? 0 : nums.sum()
}

def quickReplies(List<String> options, Closure<String> fmt = { it.capitalize() }) {
    options.withIndex().collect { opt, i -> "${i + 1}) ${fmt(opt)}" }
}
// ---- end library ----

String user = execution.getVariable("userName")
println greet()
println greet(user)
println greet(user, "?")
println card("Your balance", style: "box", subtitle: "as of today", width: 24)
println card([:], "Plain card")
println joinAll(", ", "a", null, "b", "", "c")
println joinAll(" / ")
println "total: ${total()} ${total(1)} ${total(1, 2, 3)}"
println quickReplies(["yes", "no", "talk to agent"]).join("\n")
println quickReplies(["yes", "no"]) { it.toUpperCase() }.join(" | ")

def args = ["x", "y"] as String[]
println joinAll("+", args)
println joinAll("-", *["p", "q", "r"])

execution.setVariable("greeting", greet(user))
execution.setVariable("replies", quickReplies(["billing", "tech"]))
customMetricService.upsertMetric("greeting_len", greet(user).length().toString())
println total(1, 2, "3")

def words = ["hi", "skip", "order", "stop", "never"]
def seen = []
for (w in words) {
    switch (w) {
        case "skip":
            continue
        case "stop":
            break
        default:
            seen << w
    }
    if (w == "stop") break
}
println seen
def results = []
words.each { w ->
    switch (w) {
        case "skip": return
        default: results << w.toUpperCase()
    }
}
println results

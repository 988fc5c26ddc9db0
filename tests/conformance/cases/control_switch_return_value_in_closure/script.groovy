def classify = { code ->
    switch (code) {
        case 200..299: return "success"
        case [301, 302]: return "redirect"
        case 404: return "not found"
        case { it >= 500 }: return "server error"
        default: return "other"
    }
}
[200, 204, 302, 404, 418, 503].each { println "${it} ${classify(it)}" }
def mapped = [200, 500].collect(classify)
println mapped

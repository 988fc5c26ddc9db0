def log = []
def steps(int level) {
    def out = []
    switch (level) {
        case 3: out << "escalate"
        case 2: out << "notify"
        case 1: out << "record"; break
        case 0: out << "ignore"
        default: out << "default-hit"
    }
    out
}
(0..4).each { println "${it}: ${steps(it)}" }
def x = "z"
switch (x) {
    default:
        println "default first"
    case "a":
        println "then a"
        break
    case "z":
        println "z itself"
}

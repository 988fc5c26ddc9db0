def triage(Map t) {
    switch (t) {
        case { it.severity > 8 }: return "critical"
        case { it.severity > 5 && it.vip }: return "vip-high"
        case { it.text?.contains("refund") }: return "billing"
        default: return "standard"
    }
}
println triage([severity: 9])
println triage([severity: 6, vip: true])
println triage([severity: 6, vip: false, text: "refund please"])
println triage([severity: 1])
def n = 12
switch (n) {
    case { it % 2 == 0 }:
        println "even"
    case { it > 10 }:
        println "big (fell through)"
        break
    default:
        println "never"
}

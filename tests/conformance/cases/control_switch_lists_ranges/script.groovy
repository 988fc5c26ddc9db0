def bucket(n) {
    switch (n) {
        case [1, 2, 3]: return "small-list"
        case 4..6: return "range 4..6"
        case 7..<10: return "range 7..<10"
        case [10, 20, 30]: return "tens"
        default: return "other"
    }
}
(0..11).each { print "${it}:${bucket(it)} " }
println()
println bucket(20)
println bucket(6.5)
println bucket("3")

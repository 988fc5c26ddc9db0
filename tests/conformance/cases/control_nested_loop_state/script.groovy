def menu = [main: ["orders", "billing"], orders: ["track", "cancel"], billing: ["pay", "refund"]]
def paths = []
menu.main.each { section ->
    menu[section].each { option ->
        if (option == "cancel") return
        paths << "${section}/${option}"
    }
}
println paths
def matrix = []
for (r in 1..3) {
    def row = []
    for (c in 1..3) row << r * c
    matrix << row
}
println matrix
println matrix.collect { it.sum() }
println matrix.transpose().collect { it.sum() }

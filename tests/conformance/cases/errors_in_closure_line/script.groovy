def rows = [[id: 1, amount: "10"], [id: 2, amount: "x"], [id: 3, amount: "5"]]
def total = 0
rows.each { row ->
    println "row ${row.id}"
    total += row.amount.toInteger()
}
println "total ${total}"

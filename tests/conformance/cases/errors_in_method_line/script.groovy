def parseAmount(String raw) {
    def cleaned = raw.replace("\$", "").trim()
    return new BigDecimal(cleaned)
}
def charge(List amounts) {
    def sum = 0
    amounts.each { a ->
        sum += parseAmount(a)
    }
    sum
}
println charge(["\$5", " 2.50 "])
println charge(["\$1", "two"])

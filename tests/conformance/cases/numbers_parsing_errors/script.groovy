def inputs = ["12", " 12", "12.0", "1,000", "", "abc", "99999999999", "0x10"]
inputs.each { s ->
    def r
    try {
        r = Integer.parseInt(s)
    } catch (NumberFormatException e) {
        r = "NFE: ${e.message}"
    }
    println "'${s}' -> ${r}"
}
try {
    new BigDecimal("1.2.3")
} catch (NumberFormatException e) {
    println "bigdecimal: ${e.class.simpleName}"
}
println Double.parseDouble(" 4.5 ")

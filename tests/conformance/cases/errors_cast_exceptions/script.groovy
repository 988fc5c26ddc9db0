def check = { label, Closure c ->
    try {
        println "${label}: ${c()}"
    } catch (Exception e) {
        println "${label}: ${e.class.simpleName}"
    }
}
check("int from 'x'") { int v = "x"; v }
check("int from '12'") { int v = "12"; v }
check("Integer from 3.7") { Integer v = 3.7; v }
check("List from map") { List v = [a: 1]; v }
check("Map from list") { Map v = [1]; v }
check("String from list") { String v = [1]; v }
check("Date from string") { Date v = "2024"; v }
check("as Integer") { "12x" as Integer }
check("BigDecimal from string") { BigDecimal v = "1.5"; v }
long bad = "long"

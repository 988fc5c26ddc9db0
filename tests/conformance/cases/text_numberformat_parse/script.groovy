import java.text.DecimalFormat
import java.text.NumberFormat
import java.text.ParseException

// NumberFormat.parse: Long when integral, else Double; BigDecimal on request; ParseException
def parsed = { NumberFormat f, String text ->
    try {
        def n = f.parse(text)
        "${n} (${n.getClass().simpleName})"
    } catch (ParseException e) {
        "ParseException: ${e.message} at ${e.errorOffset}"
    }
}
NumberFormat us = NumberFormat.getInstance(Locale.US)
["1,234.56", "1234", "-12", "12abc", "abc", "", " 12", "1.5e3", "1.5E3", "0.1", "-0", "-0.0",
 "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1,2,3", "1.", ".5", "+5",
 "1,234,567.0", "12%", "\u221e", "-\u221e", "NaN", "1 234", "-", "00012", "1.0E400", "1E-3", "0.000",
 "12,", "1,234.5,6", "3.14.15", "1E", "2E+3", "2E-x"].each { s ->
    println "us [${s}] ${parsed(us, s)}"
}
DecimalFormat big = new DecimalFormat("#,##0.00")
big.setParseBigDecimal(true)
["1,234.56", "1234", "-12.50", "0.1", "-0", "12abc", "x", "1E3", "99999999999999999999.99", "0.000"].each { s ->
    println "bd [${s}] ${parsed(big, s)}"
}
NumberFormat pct = NumberFormat.getPercentInstance(Locale.US)
["12%", "12", "12.5%", "-3%", "%", "100%", "250%"].each { s -> println "pct [${s}] ${parsed(pct, s)}" }
NumberFormat cur = NumberFormat.getCurrencyInstance(Locale.US)
['$1,234.56', '1234', '-$5.00', '($5.00)', '$-5', '$0.5', '$1,234.00'].each { s -> println "cur [${s}] ${parsed(cur, s)}" }
NumberFormat whole = NumberFormat.getIntegerInstance(Locale.US)
["3.7", "12,345", "-8.2", "x"].each { s -> println "int [${s}] ${parsed(whole, s)}" }
println "int format: ${[2.5, 3.5, -2.5, 1234567.5, 7L].collect { whole.format(it) }}"
NumberFormat de = NumberFormat.getInstance(Locale.GERMANY)
["1.234,56", "1234,5", "1,234.56", "-3"].each { s -> println "de [${s}] ${parsed(de, s)}" }
NumberFormat fr = NumberFormat.getInstance(Locale.FRANCE)
["1\u202f234,56", "1 234,56", "1\u00a0234,56", "1234,5"].each { s -> println "fr [${s}] ${parsed(fr, s)}" }
NumberFormat chf = NumberFormat.getCurrencyInstance(new Locale("de", "CH"))
["CHF\u00a01\u2019234.50", "CHF-5.00", "CHF 5"].each { s -> println "ch [${s}] ${parsed(chf, s)}" }
DecimalFormat paren = new DecimalFormat("#,##0.00;(#,##0.00)")
["(1,234.50)", "1,234.50", "(5", "-5"].each { s -> println "paren [${s}] ${parsed(paren, s)}" }
DecimalFormat only = new DecimalFormat("0.00")
only.parseIntegerOnly = true
println "integer only: ${parsed(only, '3.9')} ${only.format(3.9)}"
DecimalFormat per = new DecimalFormat("0\u2030")
println "per mille: ${parsed(per, '125\u2030')} ${parsed(per, '2000\u2030')}"
DecimalFormat pctBig = new DecimalFormat("0%")
pctBig.parseBigDecimal = true
println "percent BigDecimal: ${parsed(pctBig, '12%')} ${parsed(pctBig, '1250%')}"
try {
    us.parse(null)
} catch (NullPointerException e) {
    println "null: ${e.class.simpleName}"
}
println "parseObject: ${us.parseObject('12.5')}"
try {
    us.parse("oops")
} catch (ParseException e) {
    println "caught ${e.class.name}: ${e.message} (${e.errorOffset})"
}
println "round trip: ${us.parse(us.format(1234567.891))} ${de.parse(de.format(-0.5))}"

// exponents: case-sensitive, ignored when they do not fit a long, applied to BigDecimal exactly
DecimalFormat exact = new DecimalFormat("0.00")
exact.parseBigDecimal = true
println "exponents: ${parsed(exact, '1.5E300')} ${parsed(exact, '-2.50E-3')} ${parsed(new DecimalFormat('0.00'), '2E-99999999999999999999x')} ${parsed(new DecimalFormat('0.00'), '25E-1')} ${parsed(new DecimalFormat('0.00'), '1E9999999999')} ${parsed(pct, '5E1%')}"
println "many digits: ${parsed(new DecimalFormat('0'), '1' * 400)}"

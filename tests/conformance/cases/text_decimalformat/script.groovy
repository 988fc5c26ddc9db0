import java.text.DecimalFormat
import java.text.DecimalFormatSymbols
import java.text.NumberFormat
import java.math.RoundingMode

// java.text.DecimalFormat: patterns, rounding modes, negatives, zero, huge numbers, setters
def show = { String label, Closure c ->
    try {
        println "${label}: ${c()}"
    } catch (e) {
        println "${label}: ${e.class.simpleName}: ${e.message}"
    }
}
def values = [0, 1, -1, 12.5, 1234567.891, -0.5, 0.000123, 1997, 100L, 12345678901234L, 2.5d, -0.001]
["#,##0.00", "0.###", "00", "#", "#.#", ".00", "0.", "#,###", "#,##,###", "0.0%", "0\u2030", "'#'0",
 "0 'items'", "'it''s' 0", "0.00;(0.00)", "0.00;-0.00", "+0;-0", "0.###E0", "00.###E0", "##0.#####E0",
 "0.00E00", "#E0", "\u00a4#,##0.00", "\u00a4\u00a4 #,##0.00", "#,##0.00 \u00a4", "0%;(0%)", "X#Y", "#,##0.0#",
 "0000.00", "0,0", "-0", "0-", "#'%'", "#,##0.00;-#,##0.00 CR", "0.0;", "0.00E0;(0.00E0)", "##0.##E0"].each { p ->
    DecimalFormat f = new DecimalFormat(p)
    println "[${p}] ${f.toPattern()} int=${f.minimumIntegerDigits}/${f.maximumIntegerDigits} frac=${f.minimumFractionDigits}/${f.maximumFractionDigits} group=${f.groupingUsed}/${f.groupingSize} x${f.multiplier} <${f.positivePrefix}|${f.positiveSuffix}|${f.negativePrefix}|${f.negativeSuffix}>"
    println "    " + values.collect { f.format(it) }.join(" | ")
}
["#.##0", "#,##0,", "0.0.0", "0E", "0.00%%", "0;0;0", ";0", "0'", "0.#0", "#0#", "0#"].each { p ->
    show("bad ${p}") { new DecimalFormat(p) }
}

// rounding modes on BigDecimal, Double and Long values
def samples = [1.25, -1.25, 1.35, 1.251, -1.35, 0.05, -0.05, 1.2, 1.25d, 1.35d, 0.15d, -0.0001, 2.675d, 1.005d, 1.015, 1.015d]
[RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN].each { m ->
    DecimalFormat one = new DecimalFormat("0.0")
    one.setRoundingMode(m)
    DecimalFormat two = new DecimalFormat("0.00")
    two.roundingMode = m
    DecimalFormat none = new DecimalFormat("#,##0")
    none.roundingMode = m
    println "${m}: ${samples.collect { one.format(it) }} ${[0.0009, 0.005, 0.0051, -0.0009, 0.009d, 0.125d, 0.375d].collect { two.format(it) }} ${[2.5d, 0.5d, 1.5d, -2.5, 1234568.5d, 99.5].collect { none.format(it) }}"
}
DecimalFormat strict = new DecimalFormat("0.0")
strict.roundingMode = RoundingMode.UNNECESSARY
show("UNNECESSARY 1.5") { strict.format(1.5) }
show("UNNECESSARY 1.25") { strict.format(1.25) }
show("rounding mode") { new DecimalFormat("0").roundingMode }

// number kinds
DecimalFormat money = new DecimalFormat("#,##0.00")
show("BigInteger") { money.format(123456789012345678901234567890G) }
show("huge BigDecimal") { money.format(new BigDecimal("123456789012345678901234567890.125")) }
show("tiny BigDecimal") { money.format(new BigDecimal("1E-30")) }
show("big double") { money.format(1.0e25d) }
show("0.1 to 20 places") { new DecimalFormat("0.00000000000000000000").format(0.1d) }
show("float") { money.format(1.1f) }
show("Long.MIN_VALUE") { money.format(Long.MIN_VALUE) }
show("NaN") { money.format(Double.NaN) }
show("-Infinity") { money.format(Double.NEGATIVE_INFINITY) }
show("Infinity %") { new DecimalFormat("0%").format(Double.POSITIVE_INFINITY) }
show("-0.0") { money.format(Double.valueOf("-0.0")) }
show("null") { money.format(null) }
show("String") { money.format("12") }
show("Date") { money.format(new Date(0)) }
show("percent of BigDecimal") { new DecimalFormat("0.0%").format(12011 / 12873) }
show("exp negative") { new DecimalFormat("0.00E0").format(-0.000123) }
show("exp BigDecimal") { new DecimalFormat("0.00E0").format(new BigDecimal("123456789012345678901234567890")) }
show("exp rounds up") { new DecimalFormat("0.00E0").format(9.999) }
show("exp long") { [125L, 135L, 0].collect { new DecimalFormat("0.0E0").format(it) } }
show("round 9.999") { new DecimalFormat("0.00").format(9.999) }

// setters and getters
DecimalFormat f = new DecimalFormat("#,##0.00")
f.setMaximumFractionDigits(1)
println "max frac 1: ${f.format(1.25)} ${f.minimumFractionDigits} ${f.maximumFractionDigits} ${f.toPattern()}"
f.setMinimumFractionDigits(3)
println "min frac 3: ${f.format(1.25)} ${f.minimumFractionDigits} ${f.maximumFractionDigits} ${f.toPattern()}"
f.setMinimumIntegerDigits(5)
println "min int 5: ${f.format(1.25)} ${f.toPattern()}"
f.setMaximumIntegerDigits(2)
println "max int 2: ${f.format(1997.25)} ${f.minimumIntegerDigits} ${f.maximumIntegerDigits} ${f.toPattern()}"
DecimalFormat g = new DecimalFormat("#,##0.00")
g.groupingUsed = false
println "no grouping: ${g.format(1234567)} ${g.toPattern()} ${g.groupingUsed}"
g.groupingUsed = true
g.groupingSize = 4
println "grouping 4: ${g.format(1234567)} ${g.toPattern()}"
show("grouping 200") { g.groupingSize = 200 }
DecimalFormat m = new DecimalFormat("0.00")
m.multiplier = 100
println "multiplier: ${m.format(0.256)} ${m.format(3)} ${m.toPattern()}"
DecimalFormat p = new DecimalFormat("0.00")
p.positivePrefix = "+"
p.negativePrefix = "("
p.negativeSuffix = ")"
println "affixes: ${p.format(5)} ${p.format(-5)} ${p.toPattern()}"
DecimalFormat d = new DecimalFormat("0")
d.decimalSeparatorAlwaysShown = true
println "always shown: ${d.format(5)} ${d.toPattern()}"
d.applyPattern("#,##0.0")
println "applyPattern: ${d.format(12345.67)} ${d.toPattern()}"
DecimalFormat wide = new DecimalFormat("0")
wide.maximumFractionDigits = 400
println "400 places: ${wide.maximumFractionDigits} ${wide.format(1 / 3)}"
DecimalFormat clamp = new DecimalFormat("0.00")
clamp.minimumFractionDigits = 5
println "min over max: ${clamp.minimumFractionDigits} ${clamp.maximumFractionDigits}"
clamp.maximumFractionDigits = -1
println "negative max: ${clamp.minimumFractionDigits} ${clamp.maximumFractionDigits}"
DecimalFormat limited = new DecimalFormat("0.00")
limited.maximumIntegerDigits = 3
println "max int 3: ${limited.format(new BigDecimal('123456.789'))} ${limited.format(123456.789d)} ${limited.format(123456L)}"
println "defaults: ${[money.groupingSize, money.positivePrefix, money.negativePrefix, money.parseBigDecimal, money.parseIntegerOnly, money.multiplier]}"
println "new DecimalFormat(): ${new DecimalFormat().toPattern()} ${new DecimalFormat().format(1234.56789)}"
show("null pattern") { new DecimalFormat(null) }
show("null rounding") { new DecimalFormat("0").setRoundingMode(null) }
println "toString: ${new DecimalFormat('#,##0.00')} ${NumberFormat.getCurrencyInstance(Locale.US)}"
println "hashCode: ${new DecimalFormat('#,##0.00').hashCode()}"
println "equals: ${new DecimalFormat('#,##0.00') == new DecimalFormat('#,##0.00')} ${new DecimalFormat('#,##0.00') == new DecimalFormat('#,##0.0')}"
println "types: ${NumberFormat.getInstance() instanceof DecimalFormat} ${new DecimalFormat('0') instanceof java.text.Format} ${new DecimalFormat('0').class.name}"
DecimalFormat copy = money.clone()
copy.maximumFractionDigits = 0
println "clone: ${money.format(2.5)} ${copy.format(2.5)}"

// symbols: a copy is kept; the currency sign and monetary separators
DecimalFormatSymbols sym = new DecimalFormatSymbols(Locale.US)
sym.decimalSeparator = ',' as char
sym.groupingSeparator = '.' as char
println "custom symbols: ${new DecimalFormat('#,##0.00', sym).format(1234.5)}"
DecimalFormat shared = new DecimalFormat("#,##0.00", sym)
sym.decimalSeparator = ':' as char
println "symbols copied: ${shared.format(1.5)}"
DecimalFormatSymbols got = shared.decimalFormatSymbols
got.decimalSeparator = ';' as char
println "getDecimalFormatSymbols copy: ${shared.format(1.5)} ${shared.decimalFormatSymbols.decimalSeparator}"
shared.decimalFormatSymbols = DecimalFormatSymbols.getInstance(Locale.FRANCE)
println "setDecimalFormatSymbols: ${shared.format(1234.5)}"
DecimalFormatSymbols euro = new DecimalFormatSymbols(Locale.US)
euro.currency = Currency.getInstance("EUR")
println "symbols currency: ${euro.currencySymbol} ${euro.internationalCurrencySymbol} ${new DecimalFormat('\u00a4#,##0.00', euro).format(3)}"
DecimalFormatSymbols custom = new DecimalFormatSymbols(Locale.US)
custom.groupingSeparator = ' ' as char
custom.currencySymbol = "EUR "
println "currency symbol text: ${new DecimalFormat('\u00a4#,##0.00', custom).format(1234.5)}"
println "UK pattern: ${new DecimalFormat('\u00a4#,##0.00', DecimalFormatSymbols.getInstance(Locale.UK)).format(1234.5)}"
println "intl: ${new DecimalFormat('\u00a4\u00a4 #,##0.00', DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(1234.5)}"
println "monetary grouping: ${new DecimalFormat('#,##0.00 \u00a4', DecimalFormatSymbols.getInstance(new Locale('de', 'AT'))).format(1234.5)} ${new DecimalFormat('#,##0.00', DecimalFormatSymbols.getInstance(new Locale('de', 'AT'))).format(1234.5)}"
println "symbols: ${[sym.zeroDigit, sym.minusSign, sym.percent, sym.perMill, sym.exponentSeparator, sym.infinity, sym.naN, sym.digit, sym.patternSeparator, sym.currencySymbol, sym.internationalCurrencySymbol, sym.monetaryDecimalSeparator, sym.currency]}"
println "symbol class: ${sym.decimalSeparator.getClass().simpleName} ${DecimalFormatSymbols.getInstance(Locale.US) == new DecimalFormatSymbols(Locale.US)} ${new DecimalFormatSymbols().currencySymbol}"

// accounting negatives, zero integer digits, other zero digits, every RoundingMode
DecimalFormat accounting = NumberFormat.getCurrencyInstance(Locale.US)
accounting.negativePrefix = "(\$"
accounting.negativeSuffix = ")"
println "accounting: ${accounting.format(-1234.5)} ${accounting.format(1234.5)} ${accounting.toPattern()} ${accounting.parse('($5.00)')} ${accounting.parse('$5.00')}"
DecimalFormat bare = new DecimalFormat("0.00")
bare.minimumIntegerDigits = 0
println "no integer digits: ${[0.5, 0, 12.25].collect { bare.format(it) }}"
DecimalFormatSymbols letters = new DecimalFormatSymbols(Locale.US)
letters.zeroDigit = 'a' as char
println "zero digit a: ${new DecimalFormat('0.00', letters).format(12.5)}"
NumberFormat whole = NumberFormat.getIntegerInstance(Locale.US)
RoundingMode.values().each { mode ->
    whole.roundingMode = mode
    println "${mode}: " + [-2.5, 2.5d, -0.4, 7.0001].collect { v ->
        try { whole.format(v) } catch (ArithmeticException e) { "ArithmeticException" }
    }
}
NumberFormat pcts = NumberFormat.getPercentInstance(Locale.US)
pcts.minimumFractionDigits = 2
println "percent: ${[0.12345, -0.000001, 1].collect { pcts.format(it) }}"
println "kinds: ${[5 as short, 5 as byte, Integer.MAX_VALUE, 1.5f, 1 / 3].collect { new DecimalFormat('#,##0.00').format(it) }}"
println "extremes: ${new DecimalFormat('0.0000E0').format(4.9E-324d)} ${new DecimalFormat('0.###E0').format(Double.MAX_VALUE)} ${new DecimalFormat('#,##0').format(Double.MAX_VALUE).size()} ${new DecimalFormat('0.00').format(new BigDecimal('1E+50'))}"

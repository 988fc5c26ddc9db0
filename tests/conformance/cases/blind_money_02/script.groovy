import java.text.NumberFormat
import java.text.DecimalFormat

// Present the same balance in the customer's locale and currency.
BigDecimal balance = execution.getVariable("balance")
String country = execution.getVariable("country")

Map<String, Locale> locales = [US: Locale.US, GB: Locale.UK, DE: Locale.GERMANY, FR: Locale.FRANCE, JP: Locale.JAPAN, CH: new Locale("de", "CH"), IN: new Locale("en", "IN")]

locales.each { code, Locale loc ->
    NumberFormat cf = NumberFormat.getCurrencyInstance(loc)
    NumberFormat nf = NumberFormat.getNumberInstance(loc)
    NumberFormat pf = NumberFormat.getPercentInstance(loc)
    pf.setMaximumFractionDigits(1)
    println "${code}: ${cf.format(balance)} | ${nf.format(balance)} | ${pf.format(0.1234)} | ${cf.currency.currencyCode}"
}

Locale loc = locales[country] ?: Locale.US
NumberFormat local = NumberFormat.getCurrencyInstance(loc)
String display = local.format(balance)
println "display: ${display}"

println String.format("%,.2f", balance)
println String.format(Locale.GERMANY, "%,.2f", balance)
println String.format("%010.3f|%-12s|%+d", 3.14159, "left", 42)

NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US)
println "negative: ${usd.format(-1234.5)}"
println "parse: ${usd.parse('$1,234.56')} (${usd.parse('$1,234.56').getClass().simpleName})"
println "parse int: ${usd.parse('$1,234.00').getClass().simpleName}"

DecimalFormat df = new DecimalFormat("¤#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.UK))
println "pattern: ${df.format(balance)}"

Currency eur = Currency.getInstance("EUR")
println "EUR: ${eur.getSymbol(Locale.FRANCE)} ${eur.defaultFractionDigits} ${eur.getDisplayName(Locale.US)}"
println "JPY digits: ${Currency.getInstance('JPY').defaultFractionDigits}"

execution.setVariable("balanceDisplay", display)
customMetricService.upsertMetric("balance_display", display)
log.info("balance shown as ${display}")

import java.text.DecimalFormat
import java.text.DecimalFormatSymbols
import java.text.NumberFormat

// NumberFormat's factories in the Locales convoscript has Java 17's (CLDR) data for
def shown = { String s -> s.collect { c -> (c as char) > 126 ? String.format("<%04x>", (int) (c as char)) : c }.join() }
def tags = ["en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "de_CH", "en_IN", "it_IT", "en_CA", "fr_CA", "de", "fr", "en",
            "zh_CN", "zh_TW", "ko_KR", "es_ES", "es_MX", "pt_BR", "pt_PT", "nl_NL", "en_AU", "en_IE", "de_AT", "fr_CH",
            "fr_BE", "nl_BE", "it_CH", "sv_SE", "da_DK", "nb_NO", "fi_FI", "pl_PL", "ru_RU", "tr_TR", "es_CL", "hi_IN",
            "cs_CZ", "el_GR", "vi_VN"]
tags.each { tag ->
    def parts = tag.split("_")
    Locale loc = parts.size() == 2 ? new Locale(parts[0], parts[1]) : new Locale(parts[0])
    def values = [1234567.891, -1234.5, 0, 0.5d, 42L]
    def forms = [NumberFormat.getInstance(loc), NumberFormat.getNumberInstance(loc), NumberFormat.getIntegerInstance(loc),
                 NumberFormat.getCurrencyInstance(loc), NumberFormat.getPercentInstance(loc)]
    println "${loc}: " + forms.collect { NumberFormat f -> shown(values.collect { f.format(it) }.join(" ")) }.join(" | ")
    NumberFormat cf = NumberFormat.getCurrencyInstance(loc)
    println "    ${cf.currency} ${cf.minimumFractionDigits}/${cf.maximumFractionDigits} ${shown(cf.toPattern())} ${shown(cf.parse(cf.format(-9876.5)).toString())}"
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(loc)
    println "    " + shown([s.decimalSeparator, s.groupingSeparator, s.minusSign, s.percent, s.exponentSeparator, s.currencySymbol, s.internationalCurrencySymbol, s.monetaryDecimalSeparator, s.naN].join(" "))
}
println "default: ${NumberFormat.getInstance().format(1234567.891)} ${NumberFormat.getCurrencyInstance().format(1234.5)} ${NumberFormat.getPercentInstance().format(0.256)} ${NumberFormat.getIntegerInstance().format(1234.5)}"
println "Locale constants: " + [Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN, Locale.ITALY, Locale.CANADA, Locale.CANADA_FRENCH, Locale.CHINA, Locale.KOREA, Locale.GERMAN, Locale.ROOT].collect { shown(NumberFormat.getCurrencyInstance(it).format(-1234.567)) }
println "new Locale: ${new Locale('EN', 'in')} ${new Locale('de')} ${new Locale('de', 'CH').country} ${new Locale('de', 'CH').language} ${new Locale('de', 'CH') == new Locale('de', 'CH')}"

// setCurrency keeps the fraction digits; a number format's currency does not show
NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US)
usd.currency = Currency.getInstance("JPY")
println "USD format as JPY: ${usd.format(1234.56)} ${usd.minimumFractionDigits} ${usd.toPattern()}"
usd.currency = Currency.getInstance("EUR")
println "as EUR: ${usd.format(-1234.56)}"
NumberFormat plain = NumberFormat.getNumberInstance(Locale.US)
plain.currency = Currency.getInstance("EUR")
println "number instance: ${plain.format(1234.5678)} ${plain.currency}"
NumberFormat n = NumberFormat.getInstance(Locale.US)
n.maximumFractionDigits = 1
n.minimumFractionDigits = 1
n.roundingMode = java.math.RoundingMode.DOWN
println "NumberFormat setters: ${n.format(2.99)} ${n.maximumIntegerDigits} ${n.minimumIntegerDigits} ${n.groupingUsed} ${n.roundingMode}"
println "percent: ${NumberFormat.getPercentInstance(Locale.US).format(0.125)} ${NumberFormat.getPercentInstance(Locale.US).format(12)} ${shown(NumberFormat.getPercentInstance(Locale.FRANCE).format(-0.5))}"
println "big: ${NumberFormat.getInstance(Locale.US).format(12345678901234567890123G)} ${NumberFormat.getInstance(Locale.US).format(new BigDecimal('123456789012345678901234.56789'))}"

// java.util.Currency
Currency eur = Currency.getInstance("EUR")
println "EUR: ${eur.currencyCode} ${eur.symbol} ${eur.getSymbol(Locale.US)} ${eur.getSymbol(Locale.FRANCE)} ${eur.defaultFractionDigits} ${eur.displayName} ${eur.numericCode} ${eur} ${eur.getDisplayName(Locale.US)}"
["USD", "GBP", "JPY", "CHF", "INR", "CAD", "AUD", "CNY", "KRW", "SEK", "BRL", "MXN", "KWD", "CLP", "XXX"].each { code ->
    Currency c = Currency.getInstance(code)
    println "${code}: ${c.defaultFractionDigits} ${c.numericCode} ${c.numericCodeAsString} ${c.displayName} " + shown([Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN, Locale.CANADA, new Locale("en", "IN"), Locale.ROOT].collect { c.getSymbol(it) }.join(" "))
}
println "by Locale: ${Currency.getInstance(Locale.JAPAN)} ${Currency.getInstance(new Locale('de', 'CH'))} ${Currency.getInstance('USD') == Currency.getInstance(Locale.US)} ${Currency.getInstance('USD').class.name}"
["XYZ", "usd"].each { code ->
    try {
        Currency.getInstance(code)
    } catch (IllegalArgumentException e) {
        println "${code}: ${e.class.simpleName} ${e.message}"
    }
}
try {
    Currency.getInstance(Locale.ENGLISH)
} catch (IllegalArgumentException e) {
    println "ENGLISH: ${e.class.simpleName}"
}

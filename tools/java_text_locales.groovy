// Run: groovy tools/java_text_locales.groovy > convoscript/lib/java_text/numberlocales.py
// Generates convoscript/lib/java_text/numberlocales.py from real Java 17 (CLDR) data.
import java.text.*
def q = { s -> s == null ? "None" : '"' + s.collect { c -> (c as char) < 32 || (c as char) > 126 || c == '"' || c == '\\' ? String.format("\\u%04x", (int)(c as char)) : c }.join() + '"' }
def tags = ["", "en", "en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "de_CH", "en_IN", "it_IT", "en_CA", "fr_CA", "de", "fr", "it", "ja", "zh_CN", "zh_TW", "ko_KR", "ko", "zh",
 "es_ES", "es_MX", "es", "pt_BR", "pt_PT", "pt", "nl_NL", "nl", "en_AU", "en_IE", "en_NZ", "en_ZA", "en_SG", "de_AT", "fr_CH", "fr_BE", "nl_BE", "it_CH", "sv_SE", "da_DK", "nb_NO", "no_NO", "fi_FI", "pl_PL", "ru_RU", "tr_TR", "es_AR", "es_CO", "hi_IN", "th_TH", "en_PH", "en_HK", "zh_HK", "ms_MY", "id_ID", "cs_CZ", "hu_HU", "el_GR", "ro_RO", "uk_UA", "es_CL", "en_MY", "vi_VN"]
def locOf = { String t -> def p = t.split("_"); t == "" ? Locale.ROOT : (p.size() == 2 ? new Locale(p[0], p[1]) : new Locale(p[0])) }
println '"""Number symbols, patterns and currencies of the Locales convoscript formats numbers in:'
println 'data only, generated from real Java 17 (CLDR) by tools/java_text_locales.groovy; do not edit.'
println ''
println 'SYMBOLS: tag -> (zero digit, grouping, decimal, per mille, percent, minus, monetary decimal,'
println 'monetary grouping, exponent, infinity, NaN, currency symbol, currency code).'
println 'PATTERNS: tag -> (number, currency, percent) pattern of NumberFormat.get*Instance(locale).'
println 'CURRENCIES: code -> (default fraction digits, numeric code, English display name).'
println 'CURRENCY_SYMBOLS: code -> (symbol in Locale.ROOT, {tag: symbol where it differs});'
println 'any other code has the code itself as its symbol.'
println 'ENGLISH_NAME_TAGS: the tags whose currency display names are the English ones above.'
println '"""'
println ''
println 'from __future__ import annotations'
println ''
println '# fmt: off'
println 'SYMBOLS = {'
tags.each { t ->
  def s = DecimalFormatSymbols.getInstance(locOf(t))
  def sym = [s.zeroDigit, s.groupingSeparator, s.decimalSeparator, s.perMill, s.percent, s.minusSign, s.monetaryDecimalSeparator, s.monetaryGroupingSeparator].collect { q(it as String) }
  assert new DecimalFormat("0", s).negativePrefix == (s.minusSign as String)
  assert new DecimalFormat("0%", s).positiveSuffix == (s.percent as String)
  def strs = [s.exponentSeparator, s.infinity, s.naN, s.currencySymbol, s.internationalCurrencySymbol].collect { q(it) }
  println "    ${q(t)}: (${(sym + strs).join(', ')}),"
}
println '}'
println ''
println 'PATTERNS = {'
tags.each { t ->
  def l = locOf(t)
  println "    ${q(t)}: (${[NumberFormat.getNumberInstance(l), NumberFormat.getCurrencyInstance(l), NumberFormat.getPercentInstance(l)].collect { q(it.toPattern()) }.join(', ')}),"
}
println '}'
println ''
println 'CURRENCIES = {'
def all = Currency.availableCurrencies.sort { it.currencyCode }
all.each { c -> println "    ${q(c.currencyCode)}: (${c.defaultFractionDigits}, ${c.numericCode}, ${q(c.getDisplayName(Locale.US))})," }
println '}'
println ''
println 'CURRENCY_SYMBOLS = {'
all.each { c ->
  def root = c.getSymbol(Locale.ROOT)
  def m = tags.findAll { t -> c.getSymbol(locOf(t)) != root }
  if (m || root != c.currencyCode) println "    ${q(c.currencyCode)}: (${q(root)}, {" + m.collect { t -> "${q(t)}: ${q(c.getSymbol(locOf(t)))}" }.join(", ") + "}),"
}
println '}'
println ''
def en = tags.findAll { t -> all.every { c -> c.getDisplayName(locOf(t)) == c.getDisplayName(Locale.US) } }
println "# fmt: on"
println "ENGLISH_NAME_TAGS = frozenset({${en.collect { q(it) }.join(', ')}})"

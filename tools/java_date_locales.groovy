// Run: JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 groovy tools/java_date_locales.groovy > convoscript/lib/java_util/datelocales.py
// Generates convoscript/lib/java_util/datelocales.py (date words, week rules, localized date
// patterns and display names of a fixed list of Locales) from real Java 17 (CLDR) data.
import java.text.*
import java.time.*
import java.time.chrono.IsoChronology
import java.time.format.*
import java.time.temporal.*

def q = { s -> s == null ? "None" : '"' + s.collect { c -> (c as char) < 32 || (c as char) > 126 || c == '"' || c == '\\' ? String.format("\\u%04x", (int)(c as char)) : c }.join() + '"' }
def tup = { List xs -> "(" + xs.collect { q(it) }.join(", ") + (xs.size() == 1 ? ",)" : ")") }
// th_TH (Buddhist calendar) and locales with non-ASCII digits are left out on purpose
def tags = ["", "en", "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_IE", "en_NZ", "en_ZA", "fr", "fr_FR", "fr_CA", "fr_CH", "fr_BE",
 "de", "de_DE", "de_AT", "de_CH", "es", "es_ES", "es_MX", "es_AR", "it", "it_IT", "it_CH", "pt", "pt_BR", "pt_PT", "nl", "nl_NL", "nl_BE",
 "sv", "sv_SE", "da", "da_DK", "nb", "nb_NO", "no_NO", "fi", "fi_FI", "pl", "pl_PL", "cs_CZ", "hu_HU", "el_GR", "ro_RO", "uk_UA", "ru", "ru_RU", "tr", "tr_TR",
 "ja", "ja_JP", "zh", "zh_CN", "zh_TW", "ko", "ko_KR", "id_ID", "vi_VN"]
def locOf = { String t -> def p = t.split("_"); t == "" ? Locale.ROOT : (p.size() == 2 ? new Locale(p[0], p[1]) : new Locale(p[0])) }
tags.each { t -> assert DecimalFormatSymbols.getInstance(locOf(t)).zeroDigit == ('0' as char) && Calendar.getInstance(locOf(t)) instanceof GregorianCalendar }
def styles = FormatStyle.values()  // FULL, LONG, MEDIUM, SHORT
def textStyles = ["FULL", "SHORT", "NARROW"]

println '"""Date words, week rules, localized date patterns and display names of the Locales'
println 'convoscript formats dates in: data only, generated from real Java 17 (CLDR) by'
println 'tools/java_date_locales.groovy; do not edit. A Locale not listed here is refused.'
println ''
println 'DEFAULT: the JVM default Locale the oracle runs in.'
println 'TIME_TEXTS: tag -> {field: {TextStyle: texts}} of java.time (MonthOfYear 1..12, DayOfWeek'
println 'Monday..Sunday, AmPmOfDay, Era BCE/CE, QuarterOfYear); a *_STANDALONE style is listed only'
println 'where it differs from its format style.'
println 'In TIME_TEXTS and SYMBOLS a value that is a tag stands for that tag\'s value.'
println 'SYMBOLS: tag -> (months, short months, standalone months, short standalone months, weekdays'
println 'Sunday..Saturday, short weekdays, AM/PM, eras) of java.text.DateFormatSymbols / Calendar.'
println 'WEEKS: tag -> (first day of week, 1 = Sunday .. 7 = Saturday; minimal days in the first week).'
println 'TIME_PATTERNS / TEXT_PATTERNS: tag -> (date patterns FULL..SHORT, time patterns FULL..SHORT,'
println 'date-time patterns [date style][time style] with {1} for the date and {0} for the time) of'
println 'DateTimeFormatter.ofLocalized* / java.text.DateFormat.get*Instance.'
println 'DISPLAY: tag -> (display language, country, name in the default Locale; the same in the'
println 'Locale itself; ISO3 language; ISO3 country).'
println 'ENGLISH_DISPLAY_TAGS: tags that name every listed Locale as the default Locale does.'
println '"""'
println ''
println 'from __future__ import annotations'
println ''
println '# fmt: off'
println "DEFAULT = ${q(Locale.getDefault().toString())}"
println "TAGS = (${tags.collect { q(it) }.join(', ')})"
println ''
println 'TIME_TEXTS = {'
def samples = [
  MonthOfYear: [ChronoField.MONTH_OF_YEAR, (1..12).collect { LocalDate.of(2024, it, 1) }],
  DayOfWeek: [ChronoField.DAY_OF_WEEK, (1..7).collect { LocalDate.of(2024, 7, it) }],
  AmPmOfDay: [ChronoField.AMPM_OF_DAY, [LocalDateTime.of(2024, 1, 1, 1, 0), LocalDateTime.of(2024, 1, 1, 13, 0)]],
  Era: [ChronoField.ERA, [LocalDate.of(-5, 1, 1), LocalDate.of(2024, 1, 1)]],
  QuarterOfYear: [IsoFields.QUARTER_OF_YEAR, [1, 4, 7, 10].collect { LocalDate.of(2024, it, 1) }],
]
assert LocalDate.of(2024, 7, 1).dayOfWeek == DayOfWeek.MONDAY
def seen = [:]
tags.each { t ->
  def l = locOf(t)
  def lines = []
  samples.each { name, spec ->
    def parts = []
    textStyles.each { s ->
      def texts = { TextStyle st -> def f = new DateTimeFormatterBuilder().appendText(spec[0], st).toFormatter(l); spec[1].collect { f.format(it) } }
      def fmt = texts(TextStyle.valueOf(s))
      def alone = texts(TextStyle.valueOf(s + "_STANDALONE"))
      parts << "${q(s)}: ${tup(fmt)}"
      if (alone != fmt) parts << "${q(s + '_STANDALONE')}: ${tup(alone)}"
    }
    lines << "        ${q(name)}: {${parts.join(', ')}},"
  }
  def text = lines.join("\n")
  if (seen[text] != null) println "    ${q(t)}: ${q(seen[text])},"
  else { seen[text] = t; println "    ${q(t)}: {\n${text}\n    }," }
}
println '}'
println ''
println 'SYMBOLS = {'
tags.each { t ->
  def l = locOf(t)
  def s = DateFormatSymbols.getInstance(l)
  def cal = Calendar.getInstance(l)
  def standalone = { int style -> (0..11).collect { m -> cal.clear(); cal.set(2024, m, 1); cal.getDisplayName(Calendar.MONTH, style, l) } }
  def items = [s.months[0..11], s.shortMonths[0..11], standalone(Calendar.LONG_STANDALONE), standalone(Calendar.SHORT_STANDALONE),
               s.weekdays[1..7], s.shortWeekdays[1..7], s.amPmStrings as List, s.eras as List]
  def text = "(${items.collect { tup(it) }.join(', ')})"
  if (seen[text] != null) println "    ${q(t)}: ${q(seen[text])},"
  else { seen[text] = t; println "    ${q(t)}: ${text}," }
}
println '}'
println ''
println 'WEEKS = {'
tags.each { t ->
  def l = locOf(t)
  def c = Calendar.getInstance(l)
  def w = WeekFields.of(l)
  assert w.firstDayOfWeek.value % 7 + 1 == c.firstDayOfWeek && w.minimalDaysInFirstWeek == c.minimalDaysInFirstWeek
  println "    ${q(t)}: (${c.firstDayOfWeek}, ${c.minimalDaysInFirstWeek}),"
}
println '}'
println ''
def glue = { String both, String d, String tm -> assert both.contains(d) && both.contains(tm); both.replace(d, "{1}").replace(tm, "{0}") }
println 'TIME_PATTERNS = {'
tags.each { t ->
  def l = locOf(t)
  def p = { d, tm -> DateTimeFormatterBuilder.getLocalizedDateTimePattern(d, tm, IsoChronology.INSTANCE, l) }
  def ds = styles.collect { p(it, null) }
  def ts = styles.collect { p(null, it) }
  def gs = (0..3).collect { i -> tup((0..3).collect { j -> glue(p(styles[i], styles[j]), ds[i], ts[j]) }) }
  println "    ${q(t)}: (${tup(ds)}, ${tup(ts)}, (${gs.join(', ')})),"
}
println '}'
println ''
println 'TEXT_PATTERNS = {'
tags.each { t ->
  def l = locOf(t)
  def ds = (0..3).collect { DateFormat.getDateInstance(it, l).toPattern() }
  def ts = (0..3).collect { DateFormat.getTimeInstance(it, l).toPattern() }
  def gs = (0..3).collect { i -> tup((0..3).collect { j -> glue(DateFormat.getDateTimeInstance(i, j, l).toPattern(), ds[i], ts[j]) }) }
  println "    ${q(t)}: (${tup(ds)}, ${tup(ts)}, (${gs.join(', ')})),"
}
println '}'
println ''
println 'DISPLAY = {'
tags.each { t ->
  def l = locOf(t)
  def xs = [l.displayLanguage, l.displayCountry, l.displayName, l.getDisplayLanguage(l), l.getDisplayCountry(l), l.getDisplayName(l), l.ISO3Language, l.ISO3Country]
  println "    ${q(t)}: ${tup(xs)},"
}
println '}'
def en = tags.findAll { t -> def d = locOf(t); tags.every { o -> def l = locOf(o); l.getDisplayName(d) == l.displayName && l.getDisplayLanguage(d) == l.displayLanguage && l.getDisplayCountry(d) == l.displayCountry } }
println '# fmt: on'
println "ENGLISH_DISPLAY_TAGS = frozenset({${en.collect { q(it) }.join(', ')}})"

// Run: JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 groovy tools/java_date_locales.groovy > convoscript/lib/java_util/datelocales.json
// Writes the date data of a fixed list of Locales from real Java 17 (CLDR), as JSON read by
// convoscript/lib/java_util/localedates.py (loaded on first use; see that module for the layout):
//   DEFAULT        the JVM default Locale the oracle runs in
//   TAGS           the Locales listed; any other is refused at run time
//   TIME_TEXTS     tag -> {field: {TextStyle: texts}} of java.time (MonthOfYear 1..12, DayOfWeek
//                  Monday..Sunday, AmPmOfDay, Era BCE/CE, QuarterOfYear); a *_STANDALONE style
//                  only where it differs from its format style
//   SYMBOLS        tag -> [months, short months, standalone months, short standalone months,
//                  weekdays Sunday..Saturday, short weekdays, AM/PM, eras] (DateFormatSymbols)
//                  In TIME_TEXTS and SYMBOLS a value that is a tag stands for that tag's value.
//   WEEKS          tag -> [first day of week, 1 = Sunday; minimal days in the first week]
//   TIME_PATTERNS / TEXT_PATTERNS  tag -> [date patterns FULL..SHORT, time patterns FULL..SHORT,
//                  [date style][time style] date-time patterns, {1} the date and {0} the time]
//                  of DateTimeFormatter.ofLocalized* / java.text.DateFormat.get*Instance
//   DISPLAY        tag -> [language, country, name in the default Locale; the same in the Locale
//                  itself; ISO3 language; ISO3 country]
//   ENGLISH_DISPLAY_TAGS  tags that name every listed Locale as the default Locale does
import groovy.json.JsonOutput
import java.text.*
import java.time.*
import java.time.chrono.IsoChronology
import java.time.format.*
import java.time.temporal.*

// th_TH (Buddhist calendar) and Locales with non-ASCII digits are left out on purpose
def tags = ["", "en", "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_IE", "en_NZ", "en_ZA", "fr", "fr_FR", "fr_CA", "fr_CH", "fr_BE",
 "de", "de_DE", "de_AT", "de_CH", "es", "es_ES", "es_MX", "es_AR", "it", "it_IT", "it_CH", "pt", "pt_BR", "pt_PT", "nl", "nl_NL", "nl_BE",
 "sv", "sv_SE", "da", "da_DK", "nb", "nb_NO", "no_NO", "fi", "fi_FI", "pl", "pl_PL", "cs_CZ", "hu_HU", "el_GR", "ro_RO", "uk_UA", "ru", "ru_RU", "tr", "tr_TR",
 "ja", "ja_JP", "zh", "zh_CN", "zh_TW", "ko", "ko_KR", "id_ID", "vi_VN"]
def locOf = { String t -> def p = t.split("_"); t == "" ? Locale.ROOT : (p.size() == 2 ? new Locale(p[0], p[1]) : new Locale(p[0])) }
tags.each { t -> assert DecimalFormatSymbols.getInstance(locOf(t)).zeroDigit == ('0' as char) && Calendar.getInstance(locOf(t)) instanceof GregorianCalendar }
def styles = FormatStyle.values()  // FULL, LONG, MEDIUM, SHORT
def data = new LinkedHashMap()
data.DEFAULT = Locale.getDefault().toString()
data.TAGS = tags

def samples = [
  MonthOfYear: [ChronoField.MONTH_OF_YEAR, (1..12).collect { LocalDate.of(2024, it, 1) }],
  DayOfWeek: [ChronoField.DAY_OF_WEEK, (1..7).collect { LocalDate.of(2024, 7, it) }],
  AmPmOfDay: [ChronoField.AMPM_OF_DAY, [LocalDateTime.of(2024, 1, 1, 1, 0), LocalDateTime.of(2024, 1, 1, 13, 0)]],
  Era: [ChronoField.ERA, [LocalDate.of(-5, 1, 1), LocalDate.of(2024, 1, 1)]],
  QuarterOfYear: [IsoFields.QUARTER_OF_YEAR, [1, 4, 7, 10].collect { LocalDate.of(2024, it, 1) }],
]
assert LocalDate.of(2024, 7, 1).dayOfWeek == DayOfWeek.MONDAY
// a tag whose value equals an earlier tag's refers to it (keeps the file small)
def dedup = { Map out -> def seen = [:]; out.collectEntries { t, v -> def key = JsonOutput.toJson(v); def first = seen[key]; if (first == null) { seen[key] = t; [t, v] } else [t, first] } }
data.TIME_TEXTS = dedup(tags.collectEntries { t ->
  def l = locOf(t)
  [t, samples.collectEntries { name, spec ->
    def texts = { TextStyle st -> def f = new DateTimeFormatterBuilder().appendText(spec[0], st).toFormatter(l); spec[1].collect { f.format(it) } }
    def byStyle = new LinkedHashMap()
    ["FULL", "SHORT", "NARROW"].each { s ->
      byStyle[s] = texts(TextStyle.valueOf(s))
      def alone = texts(TextStyle.valueOf(s + "_STANDALONE"))
      if (alone != byStyle[s]) byStyle[s + "_STANDALONE"] = alone
    }
    [name, byStyle]
  }]
})
data.SYMBOLS = dedup(tags.collectEntries { t ->
  def l = locOf(t)
  def s = DateFormatSymbols.getInstance(l)
  def cal = Calendar.getInstance(l)
  def standalone = { int style -> (0..11).collect { m -> cal.clear(); cal.set(2024, m, 1); cal.getDisplayName(Calendar.MONTH, style, l) } }
  [t, [s.months[0..11], s.shortMonths[0..11], standalone(Calendar.LONG_STANDALONE), standalone(Calendar.SHORT_STANDALONE),
       s.weekdays[1..7], s.shortWeekdays[1..7], s.amPmStrings as List, s.eras as List]]
})
data.WEEKS = tags.collectEntries { t ->
  def l = locOf(t)
  def c = Calendar.getInstance(l)
  def w = WeekFields.of(l)
  assert w.firstDayOfWeek.value % 7 + 1 == c.firstDayOfWeek && w.minimalDaysInFirstWeek == c.minimalDaysInFirstWeek
  [t, [c.firstDayOfWeek, c.minimalDaysInFirstWeek]]
}
def glue = { String both, String d, String tm -> assert both.contains(d) && both.contains(tm); both.replace(d, "{1}").replace(tm, "{0}") }
data.TIME_PATTERNS = tags.collectEntries { t ->
  def l = locOf(t)
  def p = { d, tm -> DateTimeFormatterBuilder.getLocalizedDateTimePattern(d, tm, IsoChronology.INSTANCE, l) }
  def ds = styles.collect { p(it, null) }
  def ts = styles.collect { p(null, it) }
  [t, [ds, ts, (0..3).collect { i -> (0..3).collect { j -> glue(p(styles[i], styles[j]), ds[i], ts[j]) } }]]
}
data.TEXT_PATTERNS = tags.collectEntries { t ->
  def l = locOf(t)
  def ds = (0..3).collect { DateFormat.getDateInstance(it, l).toPattern() }
  def ts = (0..3).collect { DateFormat.getTimeInstance(it, l).toPattern() }
  [t, [ds, ts, (0..3).collect { i -> (0..3).collect { j -> glue(DateFormat.getDateTimeInstance(i, j, l).toPattern(), ds[i], ts[j]) } }]]
}
data.DISPLAY = tags.collectEntries { t ->
  def l = locOf(t)
  [t, [l.displayLanguage, l.displayCountry, l.displayName, l.getDisplayLanguage(l), l.getDisplayCountry(l), l.getDisplayName(l), l.ISO3Language, l.ISO3Country]]
}
data.ENGLISH_DISPLAY_TAGS = tags.findAll { t -> def d = locOf(t); tags.every { o -> def l = locOf(o); l.getDisplayName(d) == l.displayName && l.getDisplayLanguage(d) == l.displayLanguage && l.getDisplayCountry(d) == l.displayCountry } }
println JsonOutput.toJson(data)

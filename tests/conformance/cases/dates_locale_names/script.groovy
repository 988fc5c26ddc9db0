import java.text.DateFormat
import java.text.SimpleDateFormat
import java.time.*
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.time.format.TextStyle

// Dates in the customer's language: words, patterns, week rules and names from the JVM's data
def tags = ['en_US', 'en_GB', 'fr_FR', 'de_DE', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'sv_SE',
            'da_DK', 'nb_NO', 'fi_FI', 'pl_PL', 'ja_JP', 'zh_CN', 'ko_KR', 'ru_RU', 'tr_TR', 'fr_CA', 'de_CH']
def when = LocalDateTime.of(2024, 7, 4, 14, 5, 9)
def utc = TimeZone.getTimeZone('UTC')
tags.each { String t ->
    def parts = t.split('_')
    Locale l = new Locale(parts[0], parts[1])
    def months = [Month.JANUARY, Month.MAY, Month.SEPTEMBER].collect { m ->
        TextStyle.values().collect { s -> m.getDisplayName(s, l) }.join('/')
    }
    def days = DayOfWeek.values().collect { it.getDisplayName(TextStyle.SHORT, l) }
    println "${t} ${l.toLanguageTag()} ${l.displayName} | ${l.getDisplayName(l)} | ${l.getDisplayLanguage(l)} ${l.ISO3Language}"
    println "  months ${months} days ${days}"
    println "  " + FormatStyle.values().collect { s ->
        when.format(DateTimeFormatter.ofLocalizedDate(s).withLocale(l))
    }.join(' | ')
    println "  " + when.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l))
    println "  " + when.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, LLLL ccc a h:mm G QQQ", l))
    println "  weeks e=" + when.format(DateTimeFormatter.ofPattern("e c w W YYYY", l)) +
            " " + LocalDate.of(2021, 1, 2).format(DateTimeFormatter.ofPattern("e w YYYY", l))
    Calendar cal = Calendar.getInstance(utc, l)
    cal.clear()
    cal.set(2021, Calendar.JANUARY, 3)
    println "  calendar first=${cal.firstDayOfWeek} min=${cal.minimalDaysInFirstWeek} week=${cal.get(Calendar.WEEK_OF_YEAR)}/${cal.get(Calendar.WEEK_OF_MONTH)} " +
            "max=${cal.getActualMaximum(Calendar.WEEK_OF_YEAR)} ${cal.getDisplayName(Calendar.MONTH, Calendar.LONG, l)} ${cal.getDisplayName(Calendar.DAY_OF_WEEK, Calendar.SHORT, l)}"
    cal.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY)
    println "  monday of that week: ${cal.get(Calendar.DAY_OF_MONTH)}.${cal.get(Calendar.MONTH) + 1}"
    def sdf = new SimpleDateFormat('EEEE d MMMM yyyy, MMM a', l)
    sdf.timeZone = utc
    Date date = Date.from(when.toInstant(ZoneOffset.UTC))
    def text = sdf.format(date)
    println "  sdf ${text} | ${new SimpleDateFormat('LLLL MMMM', l).with { timeZone = utc; format(date) }} | back ${sdf.parse(text).time}"
    println "  " + (0..3).collect { s ->
        DateFormat.getDateInstance(s, l).with { timeZone = utc; format(date) }
    }.join(' | ') + " | " + DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, l).with { timeZone = utc; format(date) }
}
println Locale.forLanguageTag('pt-BR').displayName + " " + Locale.forLanguageTag('und').toLanguageTag() + " " + Locale.forLanguageTag('de').country.size()
println DateTimeFormatter.ofPattern('d MMM', Locale.FRANCE).locale
println LocalDate.parse('4 juillet 2024', DateTimeFormatter.ofPattern('d MMMM yyyy', Locale.FRANCE))
println LocalDate.parse('Do., 04.07.2024', DateTimeFormatter.ofPattern('EEE, dd.MM.yyyy', Locale.GERMANY))

// offset date-times
ZonedDateTime z = ZonedDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneId.of('America/New_York'))
OffsetDateTime o = z.toOffsetDateTime()
println "${o} ${o.offset} ${o.plusDays(3)} ${o.withOffsetSameInstant(ZoneOffset.UTC)} ${o.atZoneSameInstant(ZoneId.of('Europe/Paris'))}"
println "${o.toInstant()} ${o.toLocalDate()} ${o.hour} ${o.isBefore(o.plusHours(1))} ${o.compareTo(o.minusMinutes(1))} ${o.class.name}"
println "${OffsetDateTime.parse('2024-06-01T10:15:30+02:00')} ${LocalDateTime.of(2024, 1, 1, 0, 0).atOffset(ZoneOffset.ofHours(5))} ${OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) == Instant.parse('2024-01-01T00:00:00Z').atOffset(ZoneOffset.UTC)}"
println o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + o.format(DateTimeFormatter.ofPattern('EEEE HH:mm xxx', Locale.ITALY))
try {
    Instant.parse('2024-06-09 10:00')
} catch (java.time.format.DateTimeParseException e) {
    println "${e.message} at ${e.errorIndex}"
}
execution.setVariable('done', true)
def ru = new Locale('ru', 'RU')
["MMMM", "MMMM yyyy", "LLLL MMMM", "MMM", "'in' MMMM", "dd MMMM"].each { p ->
    println p + " -> " + new SimpleDateFormat(p, ru).with { timeZone = utc; format(new Date(1720094400000L)) }
}

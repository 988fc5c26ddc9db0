import java.time.*
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle

// DateTimeFormatter.ofLocalized* in the JVM's default locale (English)
def dt = LocalDateTime.of(2024, 7, 4, 14, 5, 9)
def ny = ZonedDateTime.of(dt, ZoneId.of("America/New_York"))
def utc = ZonedDateTime.of(dt, ZoneId.of("UTC"))
for (s in FormatStyle.values()) {
    def f = DateTimeFormatter.ofLocalizedDate(s)
    println "${s} ${s.ordinal()} date: ${dt.format(f)} | ${f} | ${LocalDate.of(1999, 12, 31).format(f)}"
    for (v in [dt.toLocalTime(), dt, ny, utc]) {
        try { println "  time ${v.getClass().simpleName}: [${DateTimeFormatter.ofLocalizedTime(s).format(v)}]" } catch (e) { println "  time ${v.getClass().simpleName}: ${e.class.simpleName}: ${e.message}" }
    }
    for (v in [dt, ny, utc]) {
        try { println "  both ${v.getClass().simpleName}: [${DateTimeFormatter.ofLocalizedDateTime(s).format(v)}]" } catch (e) { println "  both ${v.getClass().simpleName}: ${e.class.simpleName}: ${e.message}" }
    }
}
for (d in FormatStyle.values()) {
    for (t in FormatStyle.values()) {
        println "${d}/${t}: ${DateTimeFormatter.ofLocalizedDateTime(d, t).format(ny)}"
    }
}
println DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
println DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
println DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.US).format(LocalDate.of(2005, 1, 2))
println DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(LocalDate.of(1999, 12, 31))
println DateTimeFormatter.ofPattern("d MMM uuuu").withLocale(Locale.US).format(LocalDate.of(1999, 12, 31))
println LocalDate.parse("Jul 4, 2024", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
println LocalDate.parse("July 14, 2023", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG))
println LocalDate.parse("7/4/24", DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT))
println LocalDateTime.parse("7/4/24, 2:05 PM", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT))
println "${FormatStyle.valueOf('LONG')} ${FormatStyle.MEDIUM.name()} ${FormatStyle.SHORT > FormatStyle.FULL}"
try { DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(LocalTime.NOON) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
try { LocalDate.parse("2024-07-04", DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)) } catch (e) { println "${e.class.simpleName}: ${e.message}" }

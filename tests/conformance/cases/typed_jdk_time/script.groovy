// Typed java.time code, Java style: locals, fields, parameters and return types.
import java.time.DayOfWeek
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.Month
import java.time.Period
import java.time.ZoneId
import java.time.ZoneOffset
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

class Slot {
    LocalDate day
    LocalTime start
    Duration length

    LocalDateTime end() {
        LocalDateTime begin = day.atTime(start)
        return begin.plus(length)
    }

    String toString() { "${day} ${start} (${length.toMinutes()} min)" }
}

static LocalDate nextBusinessDay(LocalDate from) {
    LocalDate d = from.plusDays(1)
    while (d.dayOfWeek == DayOfWeek.SATURDAY || d.dayOfWeek == DayOfWeek.SUNDAY) {
        d = d.plusDays(1)
    }
    return d
}

static DayOfWeek weekdayOf(LocalDate d) { d.dayOfWeek }

LocalDate requested = LocalDate.parse(execution.getVariable("requested") as String)
LocalDate business = nextBusinessDay(requested)
DayOfWeek dow = weekdayOf(business)
Month month = business.month
println "requested ${requested} -> ${business} (${dow}, ${month})"

java.time.LocalDate qualified = business
java.time.chrono.ChronoLocalDate chrono = business
java.time.temporal.Temporal temporal = business
Comparable<LocalDate> comparable = business
println "same object: ${qualified.is(business)}, chrono ${chrono}, temporal ${temporal}"
println "compare: ${comparable.compareTo(requested)}"

LocalTime opening = LocalTime.of(9, 30)
Duration meeting = Duration.ofMinutes(45)
Slot slot = new Slot(day: business, start: opening, length: meeting)
LocalDateTime ends = slot.end()
println "slot ${slot} ends ${ends}"

ZoneId zone = ZoneId.of("Europe/Paris")
ZoneId utc = ZoneOffset.UTC
ZonedDateTime zoned = ends.atZone(zone)
Instant instant = zoned.toInstant()
ZonedDateTime inUtc = instant.atZone(utc)
println "zoned ${zoned} = ${instant} = ${inUtc}"

java.time.temporal.TemporalAmount amount = Period.ofDays(3)
Period period = Period.between(requested, business)
long days = ChronoUnit.DAYS.between(requested, business)
ChronoUnit unit = ChronoUnit.HOURS
println "amount ${amount}, period ${period}, days ${days}, unit ${unit}"

DateTimeFormatter fmt = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
String shown = fmt.format(ends)
println "shown ${shown}"

List<LocalDate> nextDays = (1..4).collect { requested.plusDays(it) }
Map<DayOfWeek, LocalDate> byDay = [:]
for (LocalDate d : nextDays) {
    byDay[d.dayOfWeek] = d
}
println "by day: ${byDay}"

def describe(Object value) {
    if (value instanceof LocalDate) return "date"
    if (value instanceof java.time.LocalDateTime) return "date-time"
    if (value instanceof Duration) return "duration"
    return "other"
}
println "kinds: ${[business, ends, meeting, 'x'].collect { describe(it) }}"

try {
    LocalDate wrong = "2024-05-01"
    println "not reached ${wrong}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}
try {
    LocalDateTime wrong = business
    println "not reached ${wrong}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}

execution.setVariable("appointment", shown)
execution.setVariable("weekday", dow.toString())

// A fixed clock makes "now" reproducible (a flow that stamps dates, run in a test)
import java.time.*

def clock = Clock.fixed(Instant.parse("2024-02-29T23:30:15.250Z"), ZoneId.of("Europe/Paris"))
println clock
println clock.instant().toString() + " " + clock.millis() + " " + clock.zone
println LocalDate.now(clock)
println LocalDateTime.now(clock)
println LocalTime.now(clock)
println ZonedDateTime.now(clock)
println Instant.now(clock)
println Year.now(clock).toString() + " " + YearMonth.now(clock) + " " + MonthDay.now(clock)

def utc = clock.withZone(ZoneOffset.UTC)
println utc
println LocalDate.now(utc)
println clock.withZone(ZoneId.of("Europe/Paris")).is(clock)
println clock == Clock.fixed(Instant.parse("2024-02-29T23:30:15.250Z"), ZoneId.of("Europe/Paris"))
println clock.hashCode() == Clock.fixed(Instant.parse("2024-02-29T23:30:15.250Z"), ZoneId.of("Europe/Paris")).hashCode()
println clock == utc

def system = Clock.systemUTC()
println system.toString() + " " + system.zone + " " + system.hashCode()
println Clock.system(ZoneId.of("Asia/Tokyo"))
println system.instant().getClass().simpleName + " " + system.millis().getClass().simpleName
println Clock.systemUTC() == Clock.systemUTC()

def dueIn(Clock c, int days) { LocalDate.now(c).plusDays(days).toString() }
println dueIn(clock, 1)
execution.setVariable("stamp", LocalDateTime.now(clock).toString())
try {
    Clock.fixed(null, ZoneOffset.UTC)
} catch (NullPointerException e) {
    println "NPE " + e.message
}

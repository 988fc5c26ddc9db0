// Duration's to*/to*Part on negative durations (Java divides the seconds field), ChronoUnit durations, Instant plus overflow, ofYearDay and LocalDate minus a zero Duration
import java.time.*
import java.time.temporal.ChronoUnit
def i = Instant.parse("2024-03-31T01:00:00Z")
[{ i.minus(9223372036854775807L, ChronoUnit.HOURS) }, { i.plus(9223372036854775807L, ChronoUnit.HOURS) }, { i.plusSeconds(9223372036854775807L) },
 { i.plusSeconds(922337203685477580L) }, { i.plus(Duration.ofSeconds(9223372036854775807L)) }, { i.plusMillis(9223372036854775807L) }, { i.plusNanos(9223372036854775807L) },
 { i.plus(106751991167300L, ChronoUnit.DAYS) }, { i.minus(1, ChronoUnit.HALF_DAYS) },
 { LocalDate.ofYearDay(2147483647, 1) }, { LocalDate.of(1, 1, 1).minus(Duration.ZERO) }, { LocalDate.of(1, 1, 1).plus(Duration.ofSeconds(1)) },
 { ChronoUnit.values().collect { it.duration } }] .each { c -> try { println c() } catch (e) { println e.class.simpleName + ": " + e.message } }
[Duration.ofSeconds(-1L, 5L), Duration.ofSeconds(-86400L, 5L), Duration.ofSeconds(-3601L, 999999999L), Duration.ofSeconds(90061L, 1000000L)].each { d ->
  println([d.toDays(), d.toHours(), d.toMinutes(), d.toSeconds(), d.toMillis(), d.toNanos(), d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart(), d.toNanosPart()])
}

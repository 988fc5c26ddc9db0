import java.time.Instant
import java.time.Duration
import java.time.ZoneId
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

// Session timing from epoch timestamps sent by the channel.
long startedMs = execution.getVariable("sessionStartMs")
long endedMs = execution.getVariable("sessionEndMs")
Instant started = Instant.ofEpochMilli(startedMs)
Instant ended = Instant.ofEpochMilli(endedMs)

println "Started: ${started}"
println "Ended:   ${ended}"
Duration d = Duration.between(started, ended)
println "Duration: ${d} = ${d.seconds} s"
println String.format("Formatted: %d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())

Duration sla = Duration.parse(execution.getVariable("slaIso"))
println "SLA ${sla} breached: ${d > sla}"
println "compareTo: ${d.compareTo(sla)}"

Instant deadline = started.plus(sla)
println "Deadline: ${deadline.truncatedTo(ChronoUnit.MINUTES)}"

def tokyo = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"))
println "Tokyo start: " + tokyo.format(started)

def isoUtc = DateTimeFormatter.ISO_OFFSET_DATE_TIME
ZonedDateTime z = ZonedDateTime.ofInstant(ended, ZoneId.of("Australia/Sydney"))
println "Sydney end: " + isoUtc.format(z)

Instant parsed = Instant.parse("2024-01-15T10:15:30.500Z")
println "Parsed millis: " + parsed.toEpochMilli()
println "Between parsed and start (days): " + ChronoUnit.DAYS.between(parsed, started)

execution.setVariable("durationSeconds", d.seconds)
execution.setVariable("slaBreached", d > sla)
customMetricService.upsertMetric("session_duration_s", String.valueOf(d.getSeconds()))
log.info("session lasted ${d.toMinutes()} min")

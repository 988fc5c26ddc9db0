import java.time.*
import java.time.format.DateTimeFormatter

// Schedule a callback in the agent's zone from the customer's local request.
String customerZone = execution.getVariable("customerZone")
String agentZone = execution.getVariable("agentZone")
String localRequest = execution.getVariable("callbackLocal")

LocalDateTime ldt = LocalDateTime.parse(localRequest)
ZonedDateTime customerTime = ldt.atZone(ZoneId.of(customerZone))
ZonedDateTime agentTime = customerTime.withZoneSameInstant(ZoneId.of(agentZone))
ZonedDateTime utc = customerTime.withZoneSameInstant(ZoneOffset.UTC)

DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z (xxx)")
println "Customer: " + customerTime.format(fmt)
println "Agent:    " + agentTime.format(fmt)
println "UTC:      " + utc
println "Offset hours difference: " + (agentTime.offset.totalSeconds - customerTime.offset.totalSeconds) / 3600

// Business hours of the agent: 08:00-18:00 local, Monday to Friday
LocalTime open = LocalTime.of(8, 0)
LocalTime close = LocalTime.of(18, 0)
boolean inHours = !agentTime.toLocalTime().isBefore(open) && agentTime.toLocalTime().isBefore(close) &&
        agentTime.dayOfWeek.value <= 5
println "Within agent hours: ${inHours}"

// Daylight saving: the same wall-clock time a week later may be a different UTC instant
ZonedDateTime nextWeek = customerTime.plusWeeks(1)
Duration gap = Duration.between(customerTime, nextWeek)
println "Week later: ${nextWeek} (${gap.toHours()} hours)"

// A time that does not exist (spring-forward gap) gets shifted
ZonedDateTime gapTime = LocalDateTime.of(2024, 3, 10, 2, 30).atZone(ZoneId.of("America/New_York"))
println "Gap resolved to ${gapTime.toLocalTime()} ${gapTime.offset}"

Instant inst = utc.toInstant()
execution.setVariable("callbackUtc", inst.toString())
execution.setVariable("callbackEpoch", inst.epochSecond)
execution.setVariable("agentLocal", agentTime.toLocalDateTime().toString())
log.info("callback for ${customerZone} at ${agentTime.toLocalTime()} agent time, inHours=${inHours}")
customMetricService.upsertMetric("callback_in_hours", String.valueOf(inHours))

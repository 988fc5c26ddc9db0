import java.time.DayOfWeek
import java.time.LocalDate
import java.time.LocalTime
import java.time.LocalDateTime
import java.time.format.DateTimeFormatter

// Offer the next three available appointment slots, skipping weekends and holidays.
def requested = execution.getVariable("requestedDate") as String
def holidays = (execution.getVariable("holidays") ?: []) as List<String>

LocalDate start = LocalDate.parse(requested)
Set<LocalDate> closed = holidays.collect { LocalDate.parse(it) } as Set

List<LocalDate> days = []
LocalDate cursor = start
while (days.size() < 3) {
    boolean weekend = cursor.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]
    if (!weekend && !closed.contains(cursor)) {
        days << cursor
    } else {
        log.debug("skipping ${cursor} (${cursor.dayOfWeek})")
    }
    cursor = cursor.plusDays(1)
}

DateTimeFormatter dayFmt = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US)
DateTimeFormatter timeFmt = DateTimeFormatter.ofPattern("h:mm a", Locale.US)
List<LocalTime> times = [LocalTime.of(9, 0), LocalTime.of(13, 30), LocalTime.of(16, 15)]

def options = []
days.eachWithIndex { LocalDate d, int i ->
    LocalDateTime slot = d.atTime(times[i])
    String label = "${i + 1}. ${dayFmt.format(d)} at ${timeFmt.format(slot)}"
    println label
    options << [date: d.toString(), time: slot.toLocalTime().toString(), label: label]
}

println "First slot is ${java.time.temporal.ChronoUnit.DAYS.between(start, days[0])} day(s) after request"
println "Week of year: " + days.collect { it.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) }

execution.setVariable("slotOptions", options.collect { it.label }.join("\n"))
execution.setVariable("firstSlot", options[0].date + "T" + options[0].time)
customMetricService.upsertMetric("slots_offered", options.size().toString())
log.info("offered ${options.size()} slots starting ${start}")

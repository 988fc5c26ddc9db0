import java.time.*
import java.time.format.DateTimeFormatter
import java.time.format.TextStyle

// Appointment booking: customer picks a date, we propose the next business slots
def requested = execution.getVariable('requestedDate') as String
def zoneId = execution.getVariable('customerZone') ?: 'America/New_York'
def holidays = (execution.getVariable('holidays') ?: []).collect { LocalDate.parse(it) } as Set

LocalDate start = LocalDate.parse(requested)
ZoneId zone = ZoneId.of(zoneId)

def isBusinessDay = { LocalDate d ->
    !(d.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]) && !holidays.contains(d)
}

def slots = []
LocalDate cursor = start
while (slots.size() < 4) {
    if (isBusinessDay(cursor)) {
        slots << ZonedDateTime.of(cursor, LocalTime.of(9, 30), zone)
    }
    cursor = cursor.plusDays(1)
}

def fmtUs = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", Locale.US)
def fmtFr = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.FRANCE)
def fmtDe = DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy", Locale.GERMANY)

slots.eachWithIndex { ZonedDateTime s, int i ->
    println "${i + 1}. ${fmtUs.format(s)}"
    println "   fr: ${fmtFr.format(s)} | de: ${fmtDe.format(s)}"
    def utc = s.withZoneSameInstant(ZoneOffset.UTC)
    println "   utc: ${utc.toLocalDateTime()} offset=${s.offset}"
}

// DST check: the clocks change in March in New York
def offsets = slots.collect { it.offset.totalSeconds.intdiv(3600) }.unique()
println "distinct offsets (h): ${offsets}"

def first = slots[0]
def skipped = java.time.temporal.ChronoUnit.DAYS.between(start, first.toLocalDate())
println "first slot is ${skipped} day(s) after the requested date"
println "requested weekday: ${start.dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH)}"

execution.setVariable('proposedSlots', slots.collect { it.toOffsetDateTime().toString() })
execution.setVariable('firstSlotLabel', fmtUs.format(first))
customMetricService.upsertMetric('slots_offered', slots.size().toString())
log.info("Offered ${slots.size()} slots starting ${first.toLocalDate()}")

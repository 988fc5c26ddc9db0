import java.time.*
import java.time.format.DateTimeFormatter
import java.time.format.TextStyle

// Meeting planner across offices: find the overlap of working hours in several zones
def offices = execution.getVariable('offices')
def date = LocalDate.of(2024, 11, 4)

def windows = offices.collect { o ->
    def zone = ZoneId.of(o.zone)
    def start = ZonedDateTime.of(date, LocalTime.parse(o.start), zone).toInstant()
    def end = ZonedDateTime.of(date, LocalTime.parse(o.end), zone).toInstant()
    [name: o.name, zone: zone, start: start, end: end]
}
windows.each { println "${it.name.padRight(10)} ${it.start} -> ${it.end}" }

def overlapStart = windows*.start.max()
def overlapEnd = windows*.end.min()
if (overlapStart.isBefore(overlapEnd)) {
    def minutes = Duration.between(overlapStart, overlapEnd).toMinutes()
    println "overlap: ${minutes} minutes"
    def f = DateTimeFormatter.ofPattern('HH:mm')
    def perOffice = windows.collectEntries { w ->
        [(w.name): overlapStart.atZone(w.zone).format(f) + '-' + overlapEnd.atZone(w.zone).format(f)]
    }
    perOffice.each { k, v -> println "  $k: $v" }
    execution.setVariable('meetingWindow', perOffice)
    customMetricService.upsertMetric('overlap_minutes', minutes as String)
} else {
    println 'no overlap'
    execution.setVariable('meetingWindow', null)
}

def names = windows.collect { w ->
    def tz = w.zone
    def zdt = ZonedDateTime.of(date, LocalTime.NOON, tz)
    "${tz.id} ${zdt.offset.id} ${date.dayOfWeek.getDisplayName(TextStyle.FULL, Locale.FRENCH)}"
}
names.each { println it }
def month = date.month
println "${month.getDisplayName(TextStyle.FULL, Locale.GERMAN)} / ${month.getDisplayName(TextStyle.SHORT, Locale.FRENCH)} / ${month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)}"
def dstEnd = ZonedDateTime.of(LocalDateTime.of(2024, 11, 3, 1, 30), ZoneId.of('America/New_York'))
println "ambiguous hour: ${dstEnd} / later: ${dstEnd.withLaterOffsetAtOverlap()}"
log.info("offices=${offices.size()}")

import java.time.*
import java.time.format.DateTimeFormatter

// Offer appointment slots in the customer's time zone, clinic works in Europe/Paris
def clinicZone = ZoneId.of('Europe/Paris')
def customerZone = ZoneId.of(execution.getVariable('customerZone') ?: 'UTC')
def day = LocalDate.parse(execution.getVariable('requestedDay'))

def open = LocalTime.of(9, 0)
def close = LocalTime.of(17, 30)
def slotMinutes = 45
def booked = (execution.getVariable('booked') ?: []).collect { LocalTime.parse(it) }

def fmt = DateTimeFormatter.ofPattern('EEE d MMM yyyy HH:mm z', Locale.ENGLISH)
def hhmm = DateTimeFormatter.ofPattern('HH:mm')
def slots = []
def t = open
while (!t.plusMinutes(slotMinutes).isAfter(close)) {
    if (!booked.contains(t) && !(t >= LocalTime.NOON && t < LocalTime.of(13, 30))) {
        def clinicTime = ZonedDateTime.of(day, t, clinicZone)
        def local = clinicTime.withZoneSameInstant(customerZone)
        slots << [clinic: clinicTime.format(hhmm), customer: local.format(fmt), epoch: clinicTime.toEpochSecond()]
    }
    t = t.plusMinutes(slotMinutes)
}
println "free slots: ${slots.size()}"
slots.take(4).each { println "  ${it.clinic} Paris = ${it.customer}" }

// only slots that fall between 08:00 and 20:00 for the customer
def civil = slots.findAll {
    def h = Instant.ofEpochSecond(it.epoch).atZone(customerZone).hour
    h >= 8 && h < 20
}
println "civil hours for customer: ${civil*.clinic}"
execution.setVariable('offeredSlots', civil.take(3)*.customer)
customMetricService.upsertMetric('slots_offered', civil.size().toString())

def offset = customerZone.rules.getOffset(day.atStartOfDay(clinicZone).toInstant())
log.info("customer offset on ${day}: ${offset}")
def diff = Duration.between(ZonedDateTime.of(day, open, clinicZone).toLocalDateTime(),
        ZonedDateTime.of(day, open, clinicZone).withZoneSameInstant(customerZone).toLocalDateTime())
println "time difference: ${diff.toHours()} h (${diff})"
println "day of week: ${day.dayOfWeek} / ${day.dayOfWeek.value}"
execution.setVariable('weekend', day.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY])

import java.time.LocalDate
import java.time.DayOfWeek
import java.time.temporal.ChronoUnit

// Business days SLA: when is the ticket due, skipping weekends and public holidays
def opened = LocalDate.parse(execution.getVariable('openedOn'))
int slaDays = execution.getVariable('slaDays') as int
def holidays = (transientVariableService.getVariable('holidays') ?: []).collect { LocalDate.parse(it) } as Set

boolean isBusinessDay(LocalDate d, Set hol) {
    !(d.dayOfWeek == DayOfWeek.SATURDAY || d.dayOfWeek == DayOfWeek.SUNDAY) && !hol.contains(d)
}

LocalDate addBusinessDays(LocalDate start, int n, Set hol) {
    def d = start
    int added = 0
    while (added < n) {
        d = d.plusDays(1)
        if (isBusinessDay(d, hol)) added++
    }
    return d
}

def due = addBusinessDays(opened, slaDays, holidays)
println "opened ${opened} (${opened.dayOfWeek}), due ${due} (${due.dayOfWeek})"
def calendarDays = ChronoUnit.DAYS.between(opened, due)
println "calendar days: $calendarDays"

def skipped = (1..calendarDays).collect { opened.plusDays(it) }.findAll { !isBusinessDay(it, holidays) }
println "skipped: ${skipped.collect { it.toString() + '/' + it.dayOfWeek.toString().take(3) }}"
execution.setVariable('dueDate', due.toString())
execution.setVariable('skippedDays', skipped.size())

def today = LocalDate.parse(execution.getVariable('today'))
def remaining = 0
def cursor = today
while (cursor.isBefore(due)) {
    cursor = cursor.plusDays(1)
    if (isBusinessDay(cursor, holidays)) remaining++
}
def status = today.isAfter(due) ? 'BREACHED' : (remaining <= 1 ? 'AT_RISK' : 'ON_TRACK')
println "remaining business days: $remaining -> $status"
customMetricService.upsertMetric('sla_status', status)
log.info("SLA ${status} for ticket opened ${opened}")
def monthEnd = due.withDayOfMonth(due.lengthOfMonth())
println "month end: ${monthEnd}, leap year: ${due.isLeapYear()}"
def quarters = (1..4).collect { q -> LocalDate.of(due.year, q * 3, 1).plusMonths(1).minusDays(1) }
println "quarter ends: ${quarters}"

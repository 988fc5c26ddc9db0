import java.time.*
import java.time.temporal.ChronoUnit

// ---- library: SLA calculator ----
class SlaCalendar {
    LocalTime open = LocalTime.of(9, 0)
    LocalTime close = LocalTime.of(17, 0)
    Set<LocalDate> holidays = [] as Set

    boolean isWorkingDay(LocalDate d) {
        !(d.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]) && !holidays.contains(d)
    }

    LocalDateTime addWorkingHours(LocalDateTime start, int hours) {
        long remaining = hours * 60L
        LocalDateTime t = start
        while (remaining > 0) {
            if (!isWorkingDay(t.toLocalDate()) || !t.toLocalTime().isBefore(close)) {
                t = t.toLocalDate().plusDays(1).atTime(open)
                continue
            }
            if (t.toLocalTime().isBefore(open)) t = t.toLocalDate().atTime(open)
            long available = ChronoUnit.MINUTES.between(t.toLocalTime(), close)
            long used = Math.min(available, remaining)
            t = t.plusMinutes(used)
            remaining -= used
        }
        return t
    }
}

String describeDue(LocalDateTime due, LocalDateTime from) {
    long mins = ChronoUnit.MINUTES.between(from, due)
    "${due.dayOfWeek.toString().toLowerCase().capitalize()} ${due.toLocalDate()} ${due.toLocalTime()} (${mins.intdiv(60)}h${mins % 60}m wall clock)"
}
// ---- end library ----

def cal = new SlaCalendar(holidays: execution.getVariable("holidays").collect { LocalDate.parse(it) } as Set)
def cases = execution.getVariable("cases")
def dues = [:]
cases.each { c ->
    LocalDateTime opened = LocalDateTime.parse(c.opened)
    int hours = [P1: 4, P2: 8, P3: 24][c.priority]
    LocalDateTime due = cal.addWorkingHours(opened, hours)
    dues[c.id] = due.toString()
    println "${c.id} ${c.priority} opened ${opened} -> due ${describeDue(due, opened)}"
}

println "working day 2024-12-25? ${cal.isWorkingDay(LocalDate.of(2024, 12, 25))}"
execution.setVariable("slaDue", dues)
customMetricService.upsertMetric("sla_cases", dues.size().toString())
log.info("computed SLA for ${dues.keySet()}")

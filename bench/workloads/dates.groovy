import java.time.DayOfWeek
import java.time.Duration
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.format.DateTimeFormatter

// Script task: callback deadlines. Each ticket is due 8 working hours after it was opened
// (09:00-17:00, Monday to Friday, holidays off); count the due dates per weekday.
def fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
def firstTicket = LocalDateTime.parse("2026-03-02T08:15:00")
def holidays = [LocalDate.parse("2026-03-19"), LocalDate.parse("2026-04-03")] as Set
def weekend = [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]
LocalTime open = LocalTime.of(9, 0)
LocalTime close = LocalTime.of(17, 0)

def workday = { LocalDate d -> !(d.dayOfWeek in weekend) && !(d in holidays) }

def dueByDay = [:]
int late = 0
String lastDue = null
for (int i = 0; i < 300; i++) {
    LocalDateTime opened = firstTicket.plusMinutes(i * 97L)
    LocalDateTime due = opened
    if (!workday(due.toLocalDate()) || !due.toLocalTime().isBefore(close)) {
        def next = due.toLocalDate().plusDays(1)
        while (!workday(next)) { next = next.plusDays(1) }
        due = next.atTime(open)
    } else if (due.toLocalTime().isBefore(open)) {
        due = due.toLocalDate().atTime(open)
    }
    long left = 8 * 60
    while (left > 0) {
        long today = Duration.between(due.toLocalTime(), close).toMinutes()
        if (left <= today) {
            due = due.plusMinutes(left)
            left = 0
        } else {
            left -= today
            def next = due.toLocalDate().plusDays(1)
            while (!workday(next)) { next = next.plusDays(1) }
            due = next.atTime(open)
        }
    }
    def day = due.dayOfWeek.toString()
    dueByDay[day] = (dueByDay[day] ?: 0) + 1
    if (Duration.between(opened, due).toHours() > 48) {
        late++
    }
    lastDue = due.format(fmt)
}
execution.setVariable("dueByDay", dueByDay)
execution.setVariable("late", late)
execution.setVariable("lastDue", lastDue)

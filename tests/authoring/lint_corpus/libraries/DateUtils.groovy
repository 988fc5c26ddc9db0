// Script library: business-hours and date helpers shared by the routing and SLA tasks.
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.DayOfWeek
import java.time.format.DateTimeFormatter

boolean isBusinessDay(LocalDate day) {
    return !(day.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY])
}

boolean isWithinBusinessHours(LocalDateTime at, int opens = 8, int closes = 18) {
    return isBusinessDay(at.toLocalDate()) && at.hour >= opens && at.hour < closes
}

LocalDate addBusinessDays(LocalDate from, int days) {
    def day = from
    int added = 0
    while (added < days) {
        day = day.plusDays(1)
        if (isBusinessDay(day)) {
            added++
        }
    }
    return day
}

String isoDate(LocalDate day) {
    return day.format(DateTimeFormatter.ISO_LOCAL_DATE)
}

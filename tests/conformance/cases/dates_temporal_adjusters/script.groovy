import java.time.*
import java.time.temporal.TemporalAdjusters

// TemporalAdjusters with LocalDate, LocalDateTime and ZonedDateTime.with(adjuster)
def d = LocalDate.of(2024, 2, 14)   // a Wednesday
println d.with(TemporalAdjusters.firstDayOfMonth())
println d.with(TemporalAdjusters.lastDayOfMonth())
println d.with(TemporalAdjusters.firstDayOfNextMonth())
println d.with(TemporalAdjusters.firstDayOfYear())
println d.with(TemporalAdjusters.lastDayOfYear())
println d.with(TemporalAdjusters.firstDayOfNextYear())
for (dow in [DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY]) {
    println "${dow}: next ${d.with(TemporalAdjusters.next(dow))} nextOrSame ${d.with(TemporalAdjusters.nextOrSame(dow))} " +
            "previous ${d.with(TemporalAdjusters.previous(dow))} previousOrSame ${d.with(TemporalAdjusters.previousOrSame(dow))}"
    println "  first ${d.with(TemporalAdjusters.firstInMonth(dow))} last ${d.with(TemporalAdjusters.lastInMonth(dow))} " +
            "2nd ${d.with(TemporalAdjusters.dayOfWeekInMonth(2, dow))} -1 ${d.with(TemporalAdjusters.dayOfWeekInMonth(-1, dow))} " +
            "5th ${d.with(TemporalAdjusters.dayOfWeekInMonth(5, dow))} 0 ${d.with(TemporalAdjusters.dayOfWeekInMonth(0, dow))} " +
            "-2 ${d.with(TemporalAdjusters.dayOfWeekInMonth(-2, dow))} -6 ${d.with(TemporalAdjusters.dayOfWeekInMonth(-6, dow))}"
}
def dt = LocalDateTime.of(2024, 12, 31, 18, 45, 10)
println dt.with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
println dt.with(TemporalAdjusters.firstDayOfNextYear())
println dt.with(LocalDate.of(2020, 1, 1))
println dt.with(LocalTime.of(7, 0))
println d.with(Month.DECEMBER)
println LocalDate.of(2024, 3, 31).with(Month.FEBRUARY)
println d.with(DayOfWeek.MONDAY)
println d.with(YearMonth.of(2023, 2))
def z = ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 0, ZoneId.of("Europe/Paris"))
println z.with(TemporalAdjusters.lastDayOfMonth())
println z.with(TemporalAdjusters.firstDayOfMonth())
println z.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY))
println z.with(LocalTime.of(2, 30))
def adj = TemporalAdjusters.next(DayOfWeek.MONDAY)
println((1..3).collect { LocalDate.of(2024, 1, it).with(adj) })
// the first business day of each month of a quarter
println((1..3).collect { m ->
    def first = LocalDate.of(2024, m, 1)
    first.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY] ? first.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : first
})
try { LocalTime.NOON.with(TemporalAdjusters.firstDayOfMonth()) } catch (e) { println "${e.class.simpleName}: ${e.message}" }

import java.time.LocalDate
import java.time.temporal.IsoFields

// ISO week numbers and quarters; the class named in full, without an import, too
def days = ["2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30", "2027-01-01", "2024-02-29", "2024-06-30", "2024-10-01"]
days.each { s ->
    def d = LocalDate.parse(s)
    println "${d} week ${d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)} of ${d.get(IsoFields.WEEK_BASED_YEAR)}, " +
            "Q${d.get(IsoFields.QUARTER_OF_YEAR)} day ${d.get(IsoFields.DAY_OF_QUARTER)}"
}
def dt = java.time.LocalDateTime.of(2024, 12, 31, 23, 59)
println dt.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
println dt.getLong(IsoFields.WEEK_BASED_YEAR)
def z = java.time.ZonedDateTime.of(dt, java.time.ZoneId.of("UTC"))
println z.get(IsoFields.QUARTER_OF_YEAR)
println "${IsoFields.WEEK_OF_WEEK_BASED_YEAR} ${IsoFields.QUARTER_OF_YEAR} ${IsoFields.DAY_OF_QUARTER} ${IsoFields.WEEK_BASED_YEAR}"
println "${LocalDate.of(2024, 1, 1).isSupported(IsoFields.QUARTER_OF_YEAR)} ${java.time.LocalTime.NOON.isSupported(IsoFields.QUARTER_OF_YEAR)}"
println java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1))
try { java.time.LocalTime.NOON.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
def byWeek = days.collect { LocalDate.parse(it) }.groupBy { it.get(IsoFields.WEEK_BASED_YEAR) + "-W" + it.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) }
println byWeek.keySet()

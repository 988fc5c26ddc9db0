import java.time.*
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

// java.time.YearMonth: construction, arithmetic, comparison, use as a map key
def ym = YearMonth.of(2024, 2)
println "${ym} ${ym.year} ${ym.monthValue} ${ym.month} ${ym.lengthOfMonth()} ${ym.lengthOfYear()} ${ym.isLeapYear()}"
println YearMonth.of(2023, Month.NOVEMBER)
println "${ym.atDay(1)} ${ym.atEndOfMonth()} ${ym.isValidDay(29)} ${ym.isValidDay(30)}"
println "${ym.plusMonths(11)} ${ym.minusMonths(2)} ${ym.plusYears(1)} ${ym.minusYears(3)}"
println "${ym.plus(3, ChronoUnit.MONTHS)} ${ym.minus(1, ChronoUnit.YEARS)} ${ym.plus(Period.ofMonths(14))}"
println "${ym.withMonth(12)} ${ym.withYear(1999)}"
def a = YearMonth.parse("2024-03")
println "${a.isAfter(ym)} ${a.isBefore(ym)} ${a.compareTo(ym)} ${ym.compareTo(YearMonth.of(2025, 5))} ${a > ym} ${a == YearMonth.of(2024, 3)}"
println "${a.hashCode()} ${YearMonth.of(-5, 12).hashCode()}"
println YearMonth.from(LocalDate.of(2021, 7, 19))
println YearMonth.from(LocalDateTime.of(2021, 8, 1, 10, 30))
println "${ym.format(DateTimeFormatter.ofPattern('MMMM yyyy'))} ${ym.format(DateTimeFormatter.ofPattern('MM/yy'))}"
println YearMonth.parse("03/2022", DateTimeFormatter.ofPattern("MM/yyyy"))
println "${ym.until(YearMonth.of(2025, 1), ChronoUnit.MONTHS)} ${ym.until(YearMonth.of(2027, 1), ChronoUnit.YEARS)}"
println "${YearMonth.of(10000, 1)} ${YearMonth.of(99, 1)} ${YearMonth.of(-1, 6)}"
def byMonth = [LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 2)].groupBy { YearMonth.from(it) }
println byMonth
println byMonth[YearMonth.of(2024, 1)]
println([YearMonth.of(2024, 5), YearMonth.of(2023, 12), YearMonth.of(2024, 1)].sort())
println ym.class.name
for (s in ["2024-1", "x", "2024-03x"]) {
    try { println YearMonth.parse(s) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
}
try { YearMonth.parse("2024-13") } catch (e) { println e.class.simpleName }
try { YearMonth.of(2024, 0) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
try { ym.atDay(30) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
try { YearMonth.from(LocalTime.NOON) } catch (e) { println "${e.class.simpleName}: ${e.message}" }

import java.time.*
import java.time.format.DateTimeFormatter

// java.time.Year and java.time.MonthDay
def y = Year.of(2024)
println "${y} ${y.value} ${y.isLeap()} ${y.length()} ${Year.isLeap(1900)} ${Year.isLeap(2000L)}"
println "${y.atDay(60)} ${y.atMonth(3)} ${y.atMonth(Month.JUNE)} ${y.atMonthDay(MonthDay.of(2, 29))}"
println "${y.plusYears(5)} ${y.minusYears(30)} ${y.isAfter(Year.of(2023))} ${y.isBefore(Year.of(2023))} ${y.compareTo(Year.of(2020))}"
println "${Year.parse('1999')} ${Year.from(LocalDate.of(2011, 3, 4))} ${y.hashCode()} ${y == Year.of(2024)}"
println "${y.isValidMonthDay(MonthDay.of(2, 29))} ${Year.of(2023).isValidMonthDay(MonthDay.of(2, 29))}"
println "${Year.of(2023).atMonthDay(MonthDay.of(2, 29))}"
println "${y.format(DateTimeFormatter.ofPattern('yy'))} ${Year.of(12345)} ${Year.of(-44)}"
println([Year.of(2030), Year.of(1990)].sort())
try { y.atDay(367) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
try { Year.of(2023).atDay(366) } catch (e) { println "${e.class.simpleName}: ${e.message}" }

def md = MonthDay.of(12, 25)
println "${md} ${md.month} ${md.monthValue} ${md.dayOfMonth} ${md.hashCode()}"
println "${MonthDay.of(Month.FEBRUARY, 29)} ${MonthDay.parse('--07-04')} ${MonthDay.from(LocalDate.of(2020, 3, 9))}"
println "${md.atYear(2023)} ${MonthDay.of(2, 29).atYear(2023)} ${MonthDay.of(2, 29).isValidYear(2023)} ${md.isValidYear(2023)}"
println "${md.withMonth(2)} ${MonthDay.of(1, 31).withMonth(4)} ${md.withDayOfMonth(1)} ${md.with(Month.JUNE)}"
println "${md.isAfter(MonthDay.of(12, 24))} ${md.isBefore(MonthDay.of(1, 1))} ${md.compareTo(MonthDay.of(10, 30))} ${md.compareTo(MonthDay.of(12, 20))}"
println "${md.format(DateTimeFormatter.ofPattern('MMM d'))} ${MonthDay.parse('Dec 24', DateTimeFormatter.ofPattern('MMM d'))}"
println([MonthDay.of(5, 1), MonthDay.of(1, 15), MonthDay.of(5, 0 + 1)].unique().sort())
def birthday = MonthDay.of(3, 15)
def today = LocalDate.of(2024, 6, 1)
def next = birthday.atYear(today.year)
if (next.isBefore(today)) next = birthday.atYear(today.year + 1)
println "next birthday ${next}"
try { MonthDay.parse("12-25") } catch (e) { println "${e.class.simpleName}: ${e.message}" }
for (s in ["--13-01", "--02-30"]) {
    try { println MonthDay.parse(s) } catch (e) { println e.class.simpleName }
}
try { LocalDate.ofYearDay(2024, 367) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
println "${Year.of(2024).atDay(1).with(MonthDay.of(2, 29))} ${LocalDate.of(2023, 5, 31).with(MonthDay.of(2, 29))} ${LocalDate.of(2024, 2, 29).with(Year.of(2023))}"
try { MonthDay.of(4, 31) } catch (e) { println "${e.class.simpleName}: ${e.message}" }
try { MonthDay.of(13, 1) } catch (e) { println "${e.class.simpleName}: ${e.message}" }

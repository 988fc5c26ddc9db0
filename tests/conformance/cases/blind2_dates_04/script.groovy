import java.time.*
import java.time.format.*
import java.time.temporal.ChronoUnit

// Eligibility check for a youth rail card: age rules and birthday messages
def asOf = LocalDate.parse(execution.getVariable('asOfDate'))
def people = execution.getVariable('applicants')
def formats = ['yyyy-MM-dd', 'dd/MM/yyyy', 'MMM d, yyyy'].collect { DateTimeFormatter.ofPattern(it, Locale.US) }

LocalDate parseFlexible(String text, List fmts) {
    for (f in fmts) {
        try {
            return LocalDate.parse(text.trim(), f)
        } catch (DateTimeParseException ignored) {
        }
    }
    return null
}

def eligible = []
people.each { p ->
    LocalDate born = parseFlexible(p.birth, formats)
    if (born == null) {
        println "${p.name}: cannot read birth date '${p.birth}'"
        return
    }
    Period age = Period.between(born, asOf)
    long days = ChronoUnit.DAYS.between(born, asOf)
    LocalDate nextBirthday = born.withYear(asOf.year)
    if (nextBirthday.isBefore(asOf)) nextBirthday = nextBirthday.plusYears(1)
    long untilBirthday = ChronoUnit.DAYS.between(asOf, nextBirthday)
    def ok = age.years in 16..25
    if (ok) eligible << p.name
    String dayName = born.dayOfWeek.getDisplayName(TextStyle.FULL, Locale.GERMAN)
    String monthName = born.month.getDisplayName(TextStyle.SHORT, Locale.FRENCH)
    println String.format('%-8s %2d y %2d m %2d d (%,d days) born on a %s (%s) next birthday in %d days -> %s',
            p.name, age.years, age.months, age.days, days, dayName, monthName, untilBirthday, ok ? 'ELIGIBLE' : 'no')
}

YearMonth ym = YearMonth.from(asOf)
println "month ${ym} has ${ym.lengthOfMonth()} days; leap year: ${asOf.isLeapYear()}"
println "quarter end: ${asOf.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth()).plusMonths(2 - (asOf.monthValue - 1) % 3)}"

execution.setVariable('eligibleApplicants', eligible)
execution.setVariable('eligibleCount', eligible.size())
customMetricService.upsertMetric('railcard_eligible', eligible.join(','))
log.info("eligibility checked for ${people.size()} applicants")
